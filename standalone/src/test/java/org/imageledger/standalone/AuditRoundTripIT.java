package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * For random command sequences through the write API, the history and the as-of views tell one story: folding the
 * history's changes up to any version gives the image as of that version, and as of a later instant than any write
 * the image is the current one.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditRoundTripIT {

    static final long[] SEEDS = {1, 2, 3, 4, 5};
    static final int COMMANDS = 25;
    /** Image members that are not fields: an upload's attributes, identity, timestamps, links and the version. */
    static final Set<String> NOT_FIELDS = Set.of(
            "size",
            "virtual_size",
            "checksum",
            "os_hash_algo",
            "os_hash_value",
            "id",
            "created_at",
            "updated_at",
            "tags",
            "self",
            "file",
            "schema",
            "version");

    @LocalServerPort
    int port;

    @Test
    void foldedHistoryMatchesAsOfAtEveryVersionAndTheLatestAsOfIsTheCurrentImage() {
        LedgerClient api = new LedgerClient(port);
        for (long seed : SEEDS) {
            RandomWrites writes = new RandomWrites(api, new Random(seed));
            String id = writes.createAndChange(COMMANDS);
            List<JsonNode> entries = history(api, id, 1 + (int) seed);
            assertThat(entries)
                    .as("seed %d", seed)
                    .extracting(e -> e.get("version").asLong())
                    .containsExactlyElementsOf(versions(entries.size()));

            Map<String, JsonNode> folded = new HashMap<>();
            for (JsonNode entry : entries) {
                entry.get("changes")
                        .forEach(change -> folded.put(change.get("field").asText(), change.get("new")));
                long version = entry.get("version").asLong();
                Reply asOf = api.send("GET", "/v2/images/" + id + "?as_of_version=" + version, null, null);
                if (entry.get("event").asText().equals("ImageDeleted")) {
                    assertThat(asOf.status())
                            .as("seed %d, deleted at %d", seed, version)
                            .isEqualTo(404);
                    continue;
                }
                assertThat(asOf.status())
                        .as("seed %d, version %d", seed, version)
                        .isEqualTo(200);
                assertThat(asOf.header("ETag")).isEqualTo("\"" + version + "\"");
                assertThat(withoutNulls(folded))
                        .as("seed %d, version %d", seed, version)
                        .isEqualTo(fields(asOf.json()));
            }

            Reply latest = api.send("GET", "/v2/images/" + id + "?as_of=2999-01-01T00:00:00Z", null, null);
            Reply current = api.send("GET", "/v2/images/" + id, null, null);
            assertThat(latest.status()).as("seed %d", seed).isEqualTo(current.status());
            if (current.status() == 200) {
                assertThat(latest.json()).as("seed %d", seed).isEqualTo(current.json());
                assertThat(latest.header("ETag")).isEqualTo(current.header("ETag"));
            }
        }
    }

    private static List<JsonNode> history(LedgerClient api, String id, int limit) {
        List<JsonNode> entries = new ArrayList<>();
        String next = "/v2/images/" + id + "/history?limit=" + limit;
        while (next != null) {
            JsonNode page = api.send("GET", next, null, null).json();
            page.get("entries").forEach(entries::add);
            next = page.has("next") ? page.get("next").asText() : null;
        }
        return entries;
    }

    private static List<Long> versions(int count) {
        List<Long> versions = new ArrayList<>();
        for (long v = 0; v < count; v++) {
            versions.add(v);
        }
        return versions;
    }

    /** The image document as fields: core attributes and properties by name, each tag as {@code tags/<tag>}. */
    private static Map<String, JsonNode> fields(JsonNode image) {
        Map<String, JsonNode> fields = new HashMap<>();
        image.fields().forEachRemaining(member -> {
            if (!NOT_FIELDS.contains(member.getKey())) {
                fields.put(member.getKey(), member.getValue());
            }
        });
        image.get("tags").forEach(tag -> fields.put("tags/" + tag.asText(), tag));
        return withoutNulls(fields);
    }

    private static Map<String, JsonNode> withoutNulls(Map<String, JsonNode> fields) {
        Map<String, JsonNode> present = new HashMap<>(fields);
        present.values().removeIf(value -> value == null || value instanceof NullNode);
        return present;
    }
}
