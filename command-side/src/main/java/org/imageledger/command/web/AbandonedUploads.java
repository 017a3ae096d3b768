package org.imageledger.command.web;

import java.io.IOException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.imageledger.command.image.FailImageUpload;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.imagedata.ImageDataStore;
import org.imageledger.infrastructure.imagedata.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, ends the uploads that a stopped process left open (killed mid-upload, say): an image still saving goes
 * back to queued, with an event, and bytes that no active image owns are removed. An image the upload did make
 * active keeps its bytes.
 */
@Component
class AbandonedUploads {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);
    static final String REASON = "The service stopped during the upload.";

    private final ImageDataStore store;
    private final ImageCommands commands;

    AbandonedUploads(ImageDataStore store, ImageCommands commands) {
        this.store = store;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void endAll() throws IOException {
        for (Upload upload : store.abandoned()) {
            try (upload) {
                end(upload);
            }
        }
    }

    private void end(Upload upload) throws IOException {
        ImageState image;
        try {
            image = commands.sendAsService(new FailImageUpload(upload.imageId(), REASON))
                    .image();
        } catch (AggregateNotFoundException e) {
            image = null; // deleted, or the upload never got as far as its image
        }
        if (image == null || image.data() == null || image.deleted()) {
            upload.discard();
        }
        log.info(
                "Ended an upload of image {} that a stopped process left open; the image is {}",
                upload.imageId(),
                image == null ? "gone" : image.status());
    }
}
