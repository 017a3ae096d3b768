package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A client began to upload the image's data; the image is {@code saving} until the upload ends with
 * {@link ImageDataUploaded} or {@link ImageDataUploadFailed}.
 */
@Revision("1")
public record ImageDataUploadStarted(String imageId) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.STATUS);
    }
}
