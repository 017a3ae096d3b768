package org.imageledger.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.imageledger.command.image.AddImageMember;
import org.imageledger.command.image.ChangeImageMemberStatus;
import org.imageledger.command.image.Precondition;
import org.imageledger.command.image.RemoveImageMember;
import org.imageledger.events.ImageMember;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.glance.ImageMemberDocument;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The Glance member endpoints that change an image's members: each one command, answered as Glance answers it. */
@RestController
class ImageMemberWriteController {

    private static final Set<String> STATUSES = Set.of(ImageMember.PENDING, ImageMember.ACCEPTED, ImageMember.REJECTED);

    private final ImageCommands commands;

    ImageMemberWriteController(ImageCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/v2/images/{id}/members")
    ResponseEntity<Map<String, Object>> add(
            @PathVariable String id, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String member = text(JsonBodies.read(body), "member", "Member to be added not specified");
        Written written = commands.send(
                new AddImageMember(id, member, AuthenticationFilter.callerOf(request)),
                request,
                Precondition.NONE,
                Reply.member(member));
        return answer(written, member);
    }

    @PutMapping("/v2/images/{id}/members/{member}")
    ResponseEntity<Map<String, Object>> answer(
            @PathVariable String id,
            @PathVariable String member,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        String invalid = "Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".";
        String status = text(JsonBodies.read(body), "status", invalid);
        if (!STATUSES.contains(status)) {
            throw ApiException.badRequest(invalid);
        }
        Written written = commands.send(
                new ChangeImageMemberStatus(id, member, status, AuthenticationFilter.callerOf(request)),
                request,
                Precondition.NONE,
                Reply.member(member));
        return answer(written, member);
    }

    @DeleteMapping("/v2/images/{id}/members/{member}")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String member, HttpServletRequest request) {
        Written written = commands.send(
                new RemoveImageMember(id, member, AuthenticationFilter.callerOf(request)),
                request,
                Precondition.NONE,
                Reply.CHANGED);
        return ResponseEntity.noContent().headers(written.headers()).build();
    }

    private static ResponseEntity<Map<String, Object>> answer(Written written, String member) {
        return ResponseEntity.ok()
                .headers(written.headers())
                .body(ImageMemberDocument.of(
                        written.image().id(), member, written.image().members().get(member)));
    }

    /** A non-empty string member of a JSON object, at most 255 characters; otherwise 400 with the message. */
    private static String text(JsonNode body, String name, String missing) {
        JsonNode value = body.isObject() ? body.get(name) : null;
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest(missing);
        }
        String text = AttributeRules.clean(value.asText());
        if (text.length() > 255) {
            throw ApiException.badRequest("'" + name + "' is longer than 255 characters.");
        }
        return text;
    }
}
