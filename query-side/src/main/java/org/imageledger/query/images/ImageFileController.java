package org.imageledger.query.images;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.catalina.Globals;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Visibility;
import org.imageledger.infrastructure.imagedata.ImageDataStore;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v2/images/{id}/file}: the image's bytes streamed from the store, whole or one {@code Range} of them,
 * with Glance's {@code Content-MD5} (the checksum of the whole data, also on a part); sent by the connector's
 * sendfile where the store keeps a local file. No data yet: 204. A deactivated image's data goes to admins only.
 */
@RestController
class ImageFileController {

    private static final int BUFFER = 256 * 1024;

    private final ImageMetadataRepository images;
    private final ImageDataStore store;

    ImageFileController(ImageMetadataRepository images, ImageDataStore store) {
        this.images = images;
        this.store = store;
    }

    @GetMapping("/v2/images/{id}/file")
    void download(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Caller caller = AuthenticationFilter.callerOf(request);
        ImageState image = images.findListed(id)
                .filter(found -> Visibility.maySee(
                        caller,
                        found.owner(),
                        found.visibility(),
                        found.members().keySet()))
                .orElseThrow(() -> ApiException.notFound("No image found with ID " + id));
        if (ImageState.DEACTIVATED.equals(image.status()) && !caller.isAdmin()) {
            throw ApiException.forbidden("The requested image has been deactivated. Image data download is forbidden.");
        }
        ImageData data = image.data();
        if (data == null) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        ByteRange part = ByteRange.of(range, data.size());
        try (SeekableByteChannel bytes = store.open(data.location())) {
            long first = part == null ? 0 : part.first();
            long length = part == null ? data.size() : part.length();
            response.setStatus(part == null ? HttpStatus.OK.value() : HttpStatus.PARTIAL_CONTENT.value());
            response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
            response.setContentLengthLong(length);
            response.setHeader("Content-MD5", data.checksum());
            if (part != null) {
                response.setHeader(HttpHeaders.CONTENT_RANGE, part.contentRange(data.size()));
            }
            Optional<Path> file = Boolean.TRUE.equals(request.getAttribute(Globals.SENDFILE_SUPPORTED_ATTR))
                    ? store.localFile(data.location())
                    : Optional.empty();
            if (file.isPresent()) {
                sendfile(request, file.get(), first, length);
            } else {
                copy(bytes.position(first), length, response.getOutputStream());
            }
        }
    }

    /**
     * Leaves the bytes to the connector, which sends them from the page cache to the socket without copying them
     * through the heap, once this handler returns. The file is opened again then: should the image be deleted in
     * between, the download breaks off short of its Content-Length, and the client sees it did.
     */
    private static void sendfile(HttpServletRequest request, Path file, long first, long length) {
        request.setAttribute(Globals.SENDFILE_FILENAME_ATTR, file.toString());
        request.setAttribute(Globals.SENDFILE_FILE_START_ATTR, first);
        request.setAttribute(Globals.SENDFILE_FILE_END_ATTR, first + length);
    }

    private static void copy(SeekableByteChannel from, long length, OutputStream to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long left = length;
        while (left > 0) {
            buffer.clear().limit((int) Math.min(BUFFER, left));
            int n = from.read(buffer);
            if (n < 0) {
                throw new IOException("the stored data ended " + left + " bytes early");
            }
            to.write(buffer.array(), 0, n);
            left -= n;
        }
    }
}
