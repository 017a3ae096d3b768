package org.imageledger.command.image;

/** The image is protected, so it cannot be deleted. */
public class ImageProtected extends ImageRefused {

    ImageProtected(String imageId) {
        super("Image " + imageId + " is protected and cannot be deleted.");
    }
}
