package org.imageledger.command.image;

/** A core attribute that may not be removed, or not changed once the image has data. */
public class AttributeNotChangeable extends ImageRefused {

    AttributeNotChangeable(String message) {
        super(message);
    }
}
