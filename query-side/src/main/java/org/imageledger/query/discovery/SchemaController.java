package org.imageledger.query.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Glance image schemas, as the baseline serves them, with two changes: the read-only {@code version} property,
 * and no {@code stores} property, which python-glanceclient 4.1 turns into an option that clashes with its own
 * {@code --stores} once it has cached the schema. The member schemas are the baseline's unchanged.
 */
@RestController
class SchemaController {

    private final byte[] image = resource("schemas/image.json");
    private final byte[] images = resource("schemas/images.json");
    private final byte[] member = resource("schemas/member.json");
    private final byte[] members = resource("schemas/members.json");

    @GetMapping("/v2/schemas/image")
    ResponseEntity<byte[]> image() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(image);
    }

    @GetMapping("/v2/schemas/images")
    ResponseEntity<byte[]> images() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(images);
    }

    @GetMapping("/v2/schemas/member")
    ResponseEntity<byte[]> member() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(member);
    }

    @GetMapping("/v2/schemas/members")
    ResponseEntity<byte[]> members() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(members);
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("missing schema " + path, e);
        }
    }
}
