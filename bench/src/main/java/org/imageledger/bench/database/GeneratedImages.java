package org.imageledger.bench.database;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImagePropertySet;

/**
 * The bulk-loaded images, each a pure function of its number, so that a filter's selectivity is known: a quarter
 * of them are qcow2, a fifth run ubuntu (independently), a tenth are community images and 2 % are hidden, both of
 * which the default list leaves out.
 */
public final class GeneratedImages {

    static final String OWNER_PREFIX = "bench-project-";
    private static final List<String> DISK_FORMATS = List.of("qcow2", "raw", "vmdk", "iso");
    private static final List<String> DISTROS = List.of("ubuntu", "debian", "fedora", "centos", "cirros");

    private GeneratedImages() {}

    /** A UUID, as Glance ids are, that shows its number. */
    public static String id(int number) {
        return String.format(Locale.ROOT, "b0000000-0000-4000-8000-%012d", number);
    }

    public static ImageCreated created(int number) {
        return new ImageCreated(
                id(number),
                "bench-image-" + number,
                visibility(number),
                false,
                number % 50 == 0,
                512L * (number % 8),
                number % 40,
                DISK_FORMATS.get(number % DISK_FORMATS.size()),
                "bare",
                OWNER_PREFIX + (number % 100),
                Map.of(
                        "os_distro",
                        DISTROS.get(number / DISK_FORMATS.size() % DISTROS.size()),
                        "os_version",
                        Integer.toString(number % 7)),
                List.of("bench"));
    }

    /** The image's {@code change}-th later event (1, 2, …): a custom property set to a new value. */
    public static ImagePropertySet change(int number, int change) {
        return new ImagePropertySet(id(number), "bench_key_" + (change % 3), "value-" + change);
    }

    private static String visibility(int number) {
        return switch (number % 10) {
            case 0 -> "public";
            case 1 -> "community";
            case 2 -> "private";
            default -> "shared";
        };
    }
}
