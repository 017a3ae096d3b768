package org.imageledger.command.image;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.imageledger.events.ImageField;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Visibility;

/**
 * Who may change what (docs/API.md §5). An image the caller may not see is answered as missing, so that its
 * existence is not revealed; one it may see but not change is forbidden.
 */
final class ImageAccess {

    static final String PUBLICIZE = "You are not authorized to complete publicize_image action.";

    private ImageAccess() {}

    static void checkCreate(Caller caller, ImageValues values) {
        if (!caller.mayWrite()) {
            throw new NotAuthorized("You are not authorized to create images.");
        }
        checkValues(caller, values.owner(), values.visibility(), caller.project());
    }

    static void checkChange(Caller caller, ImageState image) {
        checkVisible(caller, image);
        if (!Visibility.mayChange(caller, image.owner())) {
            throw new NotAuthorized("You are not authorized to change image " + image.id() + ".");
        }
    }

    /** Only a shared image has members, and only its owner (or an admin) chooses them. */
    static void checkSharing(Caller caller, ImageState image) {
        checkVisible(caller, image);
        if (!Visibility.mayChange(caller, image.owner()) || !"shared".equals(image.visibility())) {
            throw new NotAuthorized("Not allowed to create members for image " + image.id() + ".");
        }
    }

    /** A member's answer is its own project's to give (or an admin's), never the owner's. */
    static void checkAnswer(Caller caller, ImageState image, String member) {
        checkVisible(caller, image);
        boolean ownAnswer = caller.mayWrite() && caller.project().equals(member);
        if (!ownAnswer && !caller.isAdmin()) {
            throw new NotAuthorized("You are not permitted to modify 'status' on this image member.");
        }
    }

    private static void checkVisible(Caller caller, ImageState image) {
        if (!Visibility.maySee(
                caller, image.owner(), image.visibility(), image.members().keySet())) {
            throw new AggregateNotFoundException(image.id(), "No image found with ID " + image.id());
        }
    }

    /** Owner and publicity are the admin's to give, on creation and on every change. */
    static void checkValues(Caller caller, String owner, String visibility, String currentOwner) {
        if (caller.isAdmin()) {
            return;
        }
        if (!java.util.Objects.equals(owner, currentOwner)) {
            throw new NotAuthorized("Attribute '" + ImageField.OWNER + "' may only be set by an admin.");
        }
        if ("public".equals(visibility)) {
            throw new NotAuthorized(PUBLICIZE);
        }
    }
}
