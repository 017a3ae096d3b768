package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.imageledger.events.ImageState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The changes between two states are those between their field values, found without building those maps. */
class FieldChangeTest {

    private static final List<String> KEYS = List.of("os_distro", "architecture", "hw_disk_bus", "a", "zz");
    private static final List<String> ODD_KEYS = List.of("name", "status", "min_ram", "tags/lts", "tags/");
    private static final List<String> TAGS = List.of("lts", "gpu", "x86", "");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void findsWhatTheFieldValuesMapsDifferIn(boolean oddKeys) {
        Random random = new Random(oddKeys ? 7 : 3);
        for (int i = 0; i < 20_000; i++) {
            ImageState before = state(random, oddKeys);
            ImageState after = random.nextInt(4) == 0 ? state(random, oddKeys) : changed(before, random, oddKeys);
            assertThat(FieldChange.between(before, after))
                    .as("%s%n-> %s", before, after)
                    .containsExactlyElementsOf(FieldChange.between(before.fieldValues(), after.fieldValues()));
        }
    }

    @Test
    void listsEveryFieldTheCreationSet() {
        ImageState created = state(new Random(1), false);
        assertThat(FieldChange.between(null, created))
                .containsExactlyElementsOf(FieldChange.between(Map.of(), created.fieldValues()));
    }

    private static ImageState state(Random random, boolean oddKeys) {
        Map<String, String> properties = new HashMap<>();
        Set<String> tags = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            properties.put(key(random, oddKeys), random.nextInt(5) == 0 ? null : "v" + random.nextInt(3));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return new ImageState(
                "id",
                random.nextBoolean() ? null : "n" + random.nextInt(2),
                "qcow2",
                "bare",
                random.nextBoolean() ? "shared" : "public",
                random.nextBoolean(),
                512L * random.nextInt(2),
                random.nextInt(2),
                "owner" + random.nextInt(2),
                random.nextBoolean(),
                random.nextBoolean() ? ImageState.ACTIVE : ImageState.DELETED,
                properties,
                tags,
                null,
                Map.of(),
                Instant.EPOCH,
                Instant.EPOCH,
                random.nextInt(5));
    }

    /** One or two small changes, as one event makes: a property or tag more or less, or a core field changed. */
    private static ImageState changed(ImageState s, Random random, boolean oddKeys) {
        Map<String, String> properties = new HashMap<>(s.properties());
        Set<String> tags = new HashSet<>(s.tags());
        String name = s.name();
        long minRam = s.minRam();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            switch (random.nextInt(5)) {
                case 0 -> properties.put(key(random, oddKeys), "v" + random.nextInt(3));
                case 1 -> properties.remove(key(random, oddKeys));
                case 2 -> tags.add(TAGS.get(random.nextInt(TAGS.size())));
                case 3 -> tags.remove(TAGS.get(random.nextInt(TAGS.size())));
                default -> {
                    name = "n" + random.nextInt(3);
                    minRam = 512L * random.nextInt(3);
                }
            }
        }
        return new ImageState(
                s.id(),
                name,
                s.diskFormat(),
                s.containerFormat(),
                s.visibility(),
                s.isProtected(),
                minRam,
                s.minDisk(),
                s.owner(),
                s.osHidden(),
                s.status(),
                properties,
                tags,
                s.data(),
                s.members(),
                s.createdAt(),
                s.updatedAt(),
                s.version() + 1);
    }

    private static String key(Random random, boolean oddKeys) {
        List<String> keys = oddKeys && random.nextInt(3) == 0 ? ODD_KEYS : KEYS;
        return keys.get(random.nextInt(keys.size()));
    }
}
