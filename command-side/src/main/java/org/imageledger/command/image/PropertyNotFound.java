package org.imageledger.command.image;

/** A patch replaced or removed a custom property the image does not have. */
public class PropertyNotFound extends ImageRefused {

    PropertyNotFound(String key) {
        super("Property " + key + " does not exist.");
    }
}
