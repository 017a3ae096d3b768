package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * An upload ended without storing the data: the client went away, sent too much, the store failed, or the service
 * stopped mid-upload (found on its next start). Nothing of the upload is kept; the image is {@code queued} again.
 *
 * @param reason what ended the upload, for the auditor
 */
@Revision("1")
public record ImageDataUploadFailed(String imageId, String reason) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.STATUS);
    }
}
