package org.imageledger.standalone;

import java.util.List;
import java.util.Random;
import org.imageledger.testing.LedgerClient;

/**
 * Random writes to one image through the write API: renames, properties set and removed, numbers, visibility,
 * protection, tags, deactivation, and sometimes a delete at the end. Refused writes are part of the game: they must
 * leave no trace in the history.
 */
final class RandomWrites {

    private static final List<String> KEYS = List.of("os_distro", "architecture", "hw_disk_bus");
    private static final List<String> TAGS = List.of("lts", "gpu", "x86");
    private static final List<String> VISIBILITIES = List.of("shared", "private", "community", "public");

    private final LedgerClient api;
    private final Random random;

    RandomWrites(LedgerClient api, Random random) {
        this.api = api;
        this.random = random;
    }

    /** Creates an image, sends that many random writes, and answers its id. */
    String createAndChange(int writes) {
        String id = api.send(
                        "POST",
                        "/v2/images",
                        "application/json",
                        "{\"name\": \"random\", \"tags\": [\"" + pick(TAGS) + "\"]}")
                .json()
                .get("id")
                .asText();
        for (int i = 0; i < writes; i++) {
            write(id);
        }
        if (random.nextBoolean()) {
            patch(id, "replace", "/protected", "false");
            api.send("DELETE", "/v2/images/" + id, null, null);
        }
        return id;
    }

    private void write(String id) {
        switch (random.nextInt(9)) {
            case 0 -> patch(id, "replace", "/name", quoted("name-" + random.nextInt(4)));
            case 1 -> patch(id, "add", "/" + pick(KEYS), quoted("v" + random.nextInt(3)));
            case 2 -> patch(id, "remove", "/" + pick(KEYS), null);
            case 3 -> patch(id, "replace", "/min_ram", Integer.toString(random.nextInt(3) * 512));
            case 4 -> patch(id, "replace", "/visibility", quoted(pick(VISIBILITIES)));
            case 5 -> patch(id, "replace", "/protected", Boolean.toString(random.nextBoolean()));
            case 6 -> api.send("PUT", "/v2/images/" + id + "/tags/" + pick(TAGS), null, null);
            case 7 -> api.send("DELETE", "/v2/images/" + id + "/tags/" + pick(TAGS), null, null);
            default ->
                api.send(
                        "POST",
                        "/v2/images/" + id + "/actions/" + (random.nextBoolean() ? "deactivate" : "reactivate"),
                        null,
                        null);
        }
    }

    private void patch(String id, String op, String path, String value) {
        String operation = "{\"op\": \"" + op + "\", \"path\": \"" + path + "\""
                + (value == null ? "" : ", \"value\": " + value) + "}";
        api.send("PATCH", "/v2/images/" + id, LedgerClient.JSON_PATCH, "[" + operation + "]");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
