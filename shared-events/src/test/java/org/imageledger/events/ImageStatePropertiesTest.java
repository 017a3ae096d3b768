package org.imageledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the fold that history, blame and the projection rely on, over random streams of changes drawn from a
 * small alphabet of keys and tags so that sets, removals and repeats of one field meet often.
 */
class ImageStatePropertiesTest {

    private static final String IMAGE = "6f1c0b9e-0000-4000-8000-000000000001";
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * Blame names each event as the origin of the fields it claims, so no event may change a field it does not claim.
     */
    @Property
    void anEventChangesOnlyTheFieldsItNames(@ForAll("streams") List<ImageEvent> stream) {
        ImageState state = null;
        for (int version = 0; version < stream.size(); version++) {
            ImageEvent event = stream.get(version);
            ImageState next = ImageState.next(state, event, at(version), version);
            assertThat(changedFields(state, next)).isSubsetOf(event.fields());
            state = next;
        }
    }

    @Property
    void theStateCarriesTheVersionAndTimeOfItsLastEvent(@ForAll("streams") List<ImageEvent> stream) {
        ImageState state = fold(stream);
        int last = stream.size() - 1;
        assertThat(state.version()).isEqualTo(last);
        assertThat(state.updatedAt()).isEqualTo(at(last));
        assertThat(state.createdAt()).isEqualTo(CREATED);
        assertThat(state.id()).isEqualTo(IMAGE);
    }

    /** Setting a property and removing it again leaves the image as it was, whatever the property held before. */
    @Property
    void aPropertySetThenRemovedIsGone(@ForAll("streams") List<ImageEvent> stream, @ForAll("keys") String key) {
        List<ImageEvent> extended = new ArrayList<>(stream);
        extended.add(new ImagePropertySet(IMAGE, key, "value"));
        extended.add(new ImagePropertyRemoved(IMAGE, key));
        ImageState state = fold(extended);
        assertThat(state.properties()).doesNotContainKey(key);
        assertThat(state.fieldValues()).doesNotContainKey(key);
    }

    @Property
    void aStreamFoldsOnlyFromItsCreation(@ForAll("streams") List<ImageEvent> stream) {
        ImageEvent created = stream.get(0);
        assertThatThrownBy(() -> ImageState.next(fold(stream), created, CREATED, stream.size()))
                .isInstanceOf(IllegalArgumentException.class);
        if (stream.size() > 1) {
            assertThatThrownBy(() -> ImageState.next(null, stream.get(1), CREATED, 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<List<ImageEvent>> streams() {
        return Combinators.combine(creations(), changes().list().ofMaxSize(30)).as((created, changes) -> {
            List<ImageEvent> stream = new ArrayList<>();
            stream.add(created);
            stream.addAll(changes);
            return stream;
        });
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("os_distro", "os_version", "hw_disk_bus", "architecture");
    }

    private Arbitrary<String> tags() {
        return Arbitraries.of("stable", "beta", "gpu");
    }

    private Arbitrary<ImageEvent> creations() {
        return Combinators.combine(
                        Arbitraries.of("cirros", "debian"),
                        Arbitraries.of("private", "public", "shared", "community"),
                        Arbitraries.longs().between(0, 4096),
                        Arbitraries.maps(keys(), Arbitraries.of("a", "b")).ofMaxSize(3),
                        tags().set().ofMaxSize(2))
                .as((name, visibility, minRam, properties, tags) -> new ImageCreated(
                        IMAGE,
                        name,
                        visibility,
                        false,
                        false,
                        minRam,
                        0,
                        "qcow2",
                        "bare",
                        "project-a",
                        properties,
                        List.copyOf(tags)));
    }

    private Arbitrary<ImageEvent> changes() {
        return Arbitraries.oneOf(
                Arbitraries.of("cirros", "debian", "fedora").map(name -> new ImageRenamed(IMAGE, name)),
                Arbitraries.of("private", "public", "shared").map(v -> new ImageVisibilityChanged(IMAGE, v)),
                Arbitraries.of(true, false).map(p -> new ImageProtectionChanged(IMAGE, p)),
                Arbitraries.of(true, false).map(h -> new ImageHiddenChanged(IMAGE, h)),
                Arbitraries.longs().between(0, 4096).map(ram -> new ImageMinRamChanged(IMAGE, ram)),
                Arbitraries.longs().between(0, 40).map(disk -> new ImageMinDiskChanged(IMAGE, disk)),
                Arbitraries.of("qcow2", "raw").map(format -> new ImageDiskFormatChanged(IMAGE, format)),
                Arbitraries.of("bare", "ovf").map(format -> new ImageContainerFormatChanged(IMAGE, format)),
                Arbitraries.of("project-a", "project-b").map(owner -> new ImageOwnerChanged(IMAGE, owner)),
                Combinators.combine(keys(), Arbitraries.of("a", "b", "c"))
                        .as((k, v) -> new ImagePropertySet(IMAGE, k, v)),
                keys().map(key -> new ImagePropertyRemoved(IMAGE, key)),
                tags().map(tag -> new ImageTagAdded(IMAGE, tag)),
                tags().map(tag -> new ImageTagRemoved(IMAGE, tag)),
                Arbitraries.just(new ImageDeactivated(IMAGE)),
                Arbitraries.just(new ImageReactivated(IMAGE)),
                Arbitraries.just(new ImageDeleted(IMAGE)));
    }

    private static ImageState fold(List<ImageEvent> stream) {
        ImageState state = null;
        for (int version = 0; version < stream.size(); version++) {
            state = ImageState.next(state, stream.get(version), at(version), version);
        }
        return state;
    }

    private static Instant at(int version) {
        return CREATED.plusSeconds(version);
    }

    private static Set<String> changedFields(ImageState before, ImageState after) {
        Map<String, Object> old = before == null ? Map.of() : before.fieldValues();
        Map<String, Object> now = after.fieldValues();
        Set<String> changed = new HashSet<>();
        for (String field : union(old.keySet(), now.keySet())) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
