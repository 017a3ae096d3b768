package org.imageledger.infrastructure.imagedata;

/** Another upload of the same image is open; its process holds it. */
public class UploadInProgress extends RuntimeException {

    public UploadInProgress(String imageId) {
        super("Image " + imageId + " is being uploaded already.");
    }
}
