package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.infrastructure.glance.ImageDocument;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;

class ImageReadIT extends QueryNodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void showsTheImageAsItsEventsFoldIt() throws JsonProcessingException {
        String id = LedgerEvents.newId();
        ledger.appendApplied(
                new ImageCreated(
                        id,
                        "ubuntu",
                        "public",
                        true,
                        false,
                        512,
                        10,
                        "qcow2",
                        "bare",
                        "owner-a",
                        Map.of("os_distro", "ubuntu"),
                        List.of("lts", "x86", "lts")),
                new ImageRenamed(id, "ubuntu-24.04"),
                new ImagePropertySet(id, "architecture", "x86_64"),
                new ImageTagAdded(id, "server"));

        Reply reply = api.get("/v2/images/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json()).isEqualTo(toJson(ImageDocument.of(ledger.fold(id))));
        assertThat(reply.json().path("version").asLong()).isEqualTo(3);
        assertThat(reply.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void answersNotModifiedWhenTheClientHasTheCurrentVersion() {
        String id = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(id, "owner-b"), new ImageRenamed(id, "one"));

        assertThat(api.get("/v2/images/" + id, Map.of("If-None-Match", "\"1\"")).status())
                .isEqualTo(304);
        assertThat(api.get("/v2/images/" + id, Map.of("If-None-Match", "\"1\"")).header("ETag"))
                .isEqualTo("\"1\"");
        assertThat(api.get("/v2/images/" + id, Map.of("If-None-Match", "W/\"1\""))
                        .status())
                .isEqualTo(304);
        assertThat(api.get("/v2/images/" + id, Map.of("If-None-Match", "\"7\", \"1\""))
                        .status())
                .isEqualTo(304);
        assertThat(api.get("/v2/images/" + id, Map.of("If-None-Match", "*")).status())
                .isEqualTo(304);
        assertThat(api.get("/v2/images/" + id, Map.of("If-None-Match", "\"0\"")).status())
                .isEqualTo(200);
    }

    @Test
    void doesNotFindUnknownMalformedOrDeletedImages() {
        String deleted = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(deleted, "owner-c"), new ImageDeleted(deleted));

        for (String id : List.of(LedgerEvents.newId(), "not-a-uuid", deleted)) {
            Reply reply = api.get("/v2/images/" + id);
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.message()).isEqualTo("No image found with ID " + id);
            assertThat(reply.json().path("code").asText()).isEqualTo("404 Not Found");
        }
    }

    @Test
    void refusesHeadPutAndPostOnAnImage() {
        String id = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(id, "owner-d"));

        for (String method : List.of("HEAD", "PUT", "POST")) {
            Reply reply = api.send(method, "/v2/images/" + id);
            assertThat(reply.status()).as(method).isEqualTo(405);
            assertThat(reply.header("Allow")).as(method).isEqualTo("GET, PATCH, DELETE");
        }
        assertThat(api.send("PUT", "/v2/images/" + id).json().path("status").asInt())
                .isEqualTo(405);
    }

    /** A value as a client would read it back from JSON, for comparing with a reply. */
    private static JsonNode toJson(Object value) throws JsonProcessingException {
        return JSON.readTree(JSON.writeValueAsString(value));
    }
}
