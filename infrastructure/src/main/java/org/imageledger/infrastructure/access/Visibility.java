package org.imageledger.infrastructure.access;

/**
 * Glance's visibility rules: private and shared images belong to their owner's project; public and community images
 * are seen by all. Admins and auditors see every image. A caller with none of the roles (a token scoped to no
 * project, or carrying only other services' roles) sees none.
 */
public final class Visibility {

    private Visibility() {}

    public static boolean maySee(Caller caller, String owner, String visibility) {
        return caller.readsEverything() || caller.mayRead()
                && ("public".equals(visibility) || "community".equals(visibility) || caller.project().equals(owner));
    }

    public static boolean mayChange(Caller caller, String owner) {
        return caller.isAdmin() || caller.mayWrite() && caller.project().equals(owner);
    }
}
