package org.imageledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.imageledger.command.image.CompleteImageUpload;
import org.imageledger.command.image.FailImageUpload;
import org.imageledger.command.image.Precondition;
import org.imageledger.command.image.StartImageUpload;
import org.imageledger.events.ImageData;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.imagedata.ImageDataLimits;
import org.imageledger.infrastructure.imagedata.ImageDataStore;
import org.imageledger.infrastructure.imagedata.Upload;
import org.imageledger.infrastructure.imagedata.UploadInProgress;
import org.imageledger.infrastructure.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Receives an image's data: marks the image saving, streams the body into the store while counting and hashing it,
 * commits the bytes, then marks the image active with what was stored. An upload that ends any other way leaves no
 * bytes behind and returns the image to queued. The store's hold on the upload outlives each of these steps, so a
 * process that dies between two of them leaves an upload that the next start finds and ends ({@link
 * AbandonedUploads}).
 */
@Component
class ImageUploads {

    private static final Logger log = LoggerFactory.getLogger(ImageUploads.class);
    /** How often, in bytes received, the free space is looked at again. */
    private static final long SPACE_CHECK_INTERVAL = 64L * 1024 * 1024;

    private final ImageCommands commands;
    private final ImageDataStore store;
    private final ImageDataLimits limits;

    ImageUploads(ImageCommands commands, ImageDataStore store, ImageDataLimits limits) {
        this.commands = commands;
        this.store = store;
        this.limits = limits;
    }

    Written receive(String imageId, HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limits.maxSize().toBytes()) {
            throw tooLarge();
        }
        checkSpace(Math.max(declared, 0));
        try (Upload upload = begin(imageId)) {
            commands.send(
                    new StartImageUpload(imageId, AuthenticationFilter.callerOf(request)), request, Precondition.NONE);
            ImageData data;
            try {
                data = copy(request.getInputStream(), upload, declared);
            } catch (IOException | RuntimeException e) {
                fail(upload, request, reason(e));
                throw e instanceof RuntimeException refused ? refused : interrupted((IOException) e);
            }
            try {
                return commands.send(new CompleteImageUpload(imageId, data), request, Precondition.NONE);
            } catch (RuntimeException e) {
                // the image was deleted or changed meanwhile: the bytes belong to no image
                fail(upload, request, "The image changed while its data was stored.");
                throw e;
            }
        }
    }

    private Upload begin(String imageId) throws IOException {
        try {
            return store.begin(imageId);
        } catch (UploadInProgress e) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", e.getMessage());
        }
    }

    private ImageData copy(InputStream in, Upload upload, long declared) throws IOException {
        try (UploadDigests digests = new UploadDigests()) {
            long size = 0;
            long nextSpaceCheck = SPACE_CHECK_INTERVAL;
            while (true) {
                byte[] chunk = digests.nextChunk();
                // whole chunks: the body arrives a few kilobytes a read, and each write and hash has its own cost
                int n = in.readNBytes(chunk, 0, chunk.length);
                if (n == 0) {
                    break;
                }
                size += n;
                if (size > limits.maxSize().toBytes()) {
                    throw tooLarge();
                }
                if (declared < 0 && size >= nextSpaceCheck) {
                    checkSpace(0);
                    nextSpaceCheck += SPACE_CHECK_INTERVAL;
                }
                upload.write(chunk, 0, n);
                digests.update(chunk, n);
            }
            if (declared >= 0 && size != declared) {
                throw new IOException("The body ended after " + size + " of " + declared + " bytes.");
            }
            String location = upload.commit();
            return digests.data(size, location);
        }
    }

    private void fail(Upload upload, HttpServletRequest request, String reason) {
        try {
            upload.discard();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the data of a failed upload of " + upload.imageId(), e);
        }
        try {
            commands.send(new FailImageUpload(upload.imageId(), reason), request, Precondition.NONE);
        } catch (RuntimeException e) {
            upload.leave();
            log.warn("Image {} stays saving until the service next starts: {}", upload.imageId(), e.toString());
        }
    }

    private void checkSpace(long needed) throws IOException {
        if (store.usableSpace() - needed < limits.reservedSpace().toBytes()) {
            throw new ApiException(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "storage_full",
                    "There is not enough space left to store the image data.");
        }
    }

    private static ApiException interrupted(IOException e) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "upload_interrupted",
                "The upload was interrupted; the image is queued again: " + e.getMessage());
    }

    private ApiException tooLarge() {
        return new ApiException(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "Image data is larger than the limit of " + limits.maxSize().toBytes() + " bytes.");
    }

    private static String reason(Exception e) {
        if (e instanceof ApiException refused) {
            return refused.getMessage();
        }
        return "The upload was interrupted: " + e.getMessage();
    }
}
