package org.imageledger.command.image;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.imageledger.command.image.ImageRefused.Reason;
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
            throw new ImageRefused(Reason.FORBIDDEN, "You are not authorized to create images.");
        }
        checkValues(caller, values.owner(), values.visibility(), caller.project());
    }

    static void checkChange(Caller caller, ImageState image) {
        if (!Visibility.maySee(caller, image.owner(), image.visibility())) {
            throw new AggregateNotFoundException(image.id(), "No image found with ID " + image.id());
        }
        if (!Visibility.mayChange(caller, image.owner())) {
            throw new ImageRefused(Reason.FORBIDDEN, "You are not authorized to change image " + image.id() + ".");
        }
    }

    static void checkAdmin(Caller caller, ImageState image, String action) {
        checkChange(caller, image);
        if (!caller.isAdmin()) {
            throw new ImageRefused(Reason.FORBIDDEN, "You are not authorized to complete " + action + " action.");
        }
    }

    /** Owner and publicity are the admin's to give, on creation and on every change. */
    static void checkValues(Caller caller, String owner, String visibility, String currentOwner) {
        if (caller.isAdmin()) {
            return;
        }
        if (!java.util.Objects.equals(owner, currentOwner)) {
            throw new ImageRefused(Reason.FORBIDDEN, "Attribute '" + ImageField.OWNER + "' may only be set by an admin.");
        }
        if ("public".equals(visibility)) {
            throw new ImageRefused(Reason.FORBIDDEN, PUBLICIZE);
        }
    }
}
