package org.imageledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.imageledger.command.image.AddImageTag;
import org.imageledger.command.image.CreateImage;
import org.imageledger.command.image.DeactivateImage;
import org.imageledger.command.image.DeleteImage;
import org.imageledger.command.image.Precondition;
import org.imageledger.command.image.ReactivateImage;
import org.imageledger.command.image.RemoveImageTag;
import org.imageledger.command.image.UpdateImage;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.glance.ImageDocument;
import org.imageledger.infrastructure.imagedata.ImageDataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Glance write endpoints. Each translates HTTP into one command and the image it answers into HTTP. */
@RestController
class ImageWriteController {

    private static final Logger log = LoggerFactory.getLogger(ImageWriteController.class);

    private final ImageCommands commands;
    private final ImageUploads uploads;
    private final ImageDataStore store;

    ImageWriteController(ImageCommands commands, ImageUploads uploads, ImageDataStore store) {
        this.commands = commands;
        this.uploads = uploads;
        this.store = store;
    }

    @PostMapping("/v2/images")
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        CreateImage command = CreateRequestParser.parse(body, caller(request));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/v2/images/{id}")
                .buildAndExpand(command.imageId())
                .toUri();
        Written written = commands.send(command, request, Precondition.NONE, Reply.created(location));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(location)
                .headers(written.headers())
                .body(ImageDocument.of(written.image()));
    }

    @PatchMapping(
            path = "/v2/images/{id}",
            consumes = {PatchRequestParser.V2_1, PatchRequestParser.V2_0})
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String id, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        Precondition precondition = PreconditionHeaders.of(request);
        var operations = PatchRequestParser.parse(body, PatchRequestParser.isLegacy(request.getContentType()));
        Written written = commands.send(
                new UpdateImage(id, precondition, operations, caller(request)), request, precondition, Reply.IMAGE);
        return ResponseEntity.ok().headers(written.headers()).body(ImageDocument.of(written.image()));
    }

    @DeleteMapping("/v2/images/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, HttpServletRequest request) {
        Precondition precondition = PreconditionHeaders.of(request);
        Written written =
                commands.send(new DeleteImage(id, precondition, caller(request)), request, precondition, Reply.DELETED);
        deleteData(written.image());
        return ResponseEntity.noContent()
                .header(Written.POSITION, Long.toString(written.position()))
                .build();
    }

    @PutMapping(path = "/v2/images/{id}/file", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<Void> upload(@PathVariable String id, HttpServletRequest request) throws IOException {
        return ResponseEntity.noContent()
                .headers(uploads.receive(id, request).headers())
                .build();
    }

    @PutMapping("/v2/images/{id}/tags/{tag}")
    ResponseEntity<Void> addTag(@PathVariable String id, @PathVariable String tag, HttpServletRequest request) {
        Precondition precondition = PreconditionHeaders.of(request);
        AddImageTag command = new AddImageTag(id, precondition, AttributeRules.tag(tag), caller(request));
        Written written = commands.send(command, request, precondition, Reply.CHANGED);
        return ResponseEntity.noContent().headers(written.headers()).build();
    }

    @DeleteMapping("/v2/images/{id}/tags/{tag}")
    ResponseEntity<Void> removeTag(@PathVariable String id, @PathVariable String tag, HttpServletRequest request) {
        Precondition precondition = PreconditionHeaders.of(request);
        RemoveImageTag command = new RemoveImageTag(id, precondition, AttributeRules.tag(tag), caller(request));
        Written written = commands.send(command, request, precondition, Reply.CHANGED);
        return ResponseEntity.noContent().headers(written.headers()).build();
    }

    @PostMapping("/v2/images/{id}/actions/deactivate")
    ResponseEntity<Void> deactivate(@PathVariable String id, HttpServletRequest request) {
        Written written =
                commands.send(new DeactivateImage(id, caller(request)), request, Precondition.NONE, Reply.CHANGED);
        return ResponseEntity.noContent().headers(written.headers()).build();
    }

    @PostMapping("/v2/images/{id}/actions/reactivate")
    ResponseEntity<Void> reactivate(@PathVariable String id, HttpServletRequest request) {
        Written written =
                commands.send(new ReactivateImage(id, caller(request)), request, Precondition.NONE, Reply.CHANGED);
        return ResponseEntity.noContent().headers(written.headers()).build();
    }

    /** Once the deletion is committed, its data goes; a failure to remove the bytes leaves them, never the image. */
    private void deleteData(ImageState deleted) {
        if (deleted.data() != null) {
            try {
                store.delete(deleted.data().location());
            } catch (IOException | RuntimeException e) {
                log.warn("Could not remove the data of deleted image {}: {}", deleted.id(), e.toString());
            }
        }
    }

    private static Caller caller(HttpServletRequest request) {
        return AuthenticationFilter.callerOf(request);
    }
}
