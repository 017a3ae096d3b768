package org.imageledger.command.image;

/** A tag to remove is not on the image. */
public class TagNotFound extends ImageRefused {

    TagNotFound(String imageId, String tag) {
        super("Tag " + tag + " not found on image " + imageId + ".");
    }
}
