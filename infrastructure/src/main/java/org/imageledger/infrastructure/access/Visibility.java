package org.imageledger.infrastructure.access;

import java.util.Collection;

/**
 * Glance's visibility rules: private and shared images belong to their owner's project; a shared image is seen too by
 * the projects it is shared with, whatever they answered; public and community images are seen by all. Admins and
 * auditors see every image. A caller with none of the roles (a token scoped to no project, or carrying only other
 * services' roles) sees none.
 */
public final class Visibility {

    private Visibility() {}

    /** @param members the projects the image is shared with */
    public static boolean maySee(Caller caller, String owner, String visibility, Collection<String> members) {
        return caller.readsEverything()
                || caller.mayRead()
                        && ("public".equals(visibility)
                                || "community".equals(visibility)
                                || caller.project().equals(owner)
                                || "shared".equals(visibility) && members.contains(caller.project()));
    }

    public static boolean mayChange(Caller caller, String owner) {
        return caller.isAdmin() || caller.mayWrite() && caller.project().equals(owner);
    }
}
