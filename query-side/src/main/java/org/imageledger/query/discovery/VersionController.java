package org.imageledger.query.discovery;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The API versions, as the baseline lists them (image import and multiple stores are off, so no 2.8 and no
 * 2.10–2.14). Clients ask {@code /versions}; {@code /} answers the same with 300 Multiple Choices.
 */
@RestController
class VersionController {

    private static final List<String> SUPPORTED =
            List.of("2.9", "2.7", "2.6", "2.5", "2.4", "2.3", "2.2", "2.1", "2.0");

    @GetMapping("/versions")
    ResponseEntity<Map<String, Object>> versions(HttpServletRequest request) {
        return ResponseEntity.ok(document(request));
    }

    @GetMapping("/")
    ResponseEntity<Map<String, Object>> root(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.MULTIPLE_CHOICES).body(document(request));
    }

    private static Map<String, Object> document(HttpServletRequest request) {
        String self = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/v2/")
                .toUriString();
        List<Map<String, Object>> versions = new ArrayList<>();
        versions.add(version("2.15", "CURRENT", self));
        SUPPORTED.forEach(id -> versions.add(version(id, "SUPPORTED", self)));
        return Map.of("versions", versions);
    }

    private static Map<String, Object> version(String id, String status, String self) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("rel", "self");
        link.put("href", self);
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("id", "v" + id);
        version.put("status", status);
        version.put("links", List.of(link));
        return version;
    }
}
