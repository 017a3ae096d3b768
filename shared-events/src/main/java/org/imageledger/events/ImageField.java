package org.imageledger.events;

/**
 * The one name of each field used everywhere: conflicts, history and blame. A core attribute or a custom property is
 * named by its member name in the image JSON; one tag is {@code tags/<tag>}; one member project is
 * {@code members/<project>}, whose value is that project's answer.
 */
public final class ImageField {

    public static final String NAME = "name";
    public static final String VISIBILITY = "visibility";
    public static final String PROTECTED = "protected";
    public static final String OS_HIDDEN = "os_hidden";
    public static final String MIN_RAM = "min_ram";
    public static final String MIN_DISK = "min_disk";
    public static final String DISK_FORMAT = "disk_format";
    public static final String CONTAINER_FORMAT = "container_format";
    public static final String OWNER = "owner";
    public static final String STATUS = "status";
    public static final String TAGS = "tags";
    public static final String SIZE = "size";
    public static final String VIRTUAL_SIZE = "virtual_size";
    public static final String CHECKSUM = "checksum";
    public static final String OS_HASH_ALGO = "os_hash_algo";
    public static final String OS_HASH_VALUE = "os_hash_value";

    private static final String TAG_PREFIX = "tags/";
    private static final String MEMBER_PREFIX = "members/";

    private ImageField() {}

    public static String tag(String tag) {
        return TAG_PREFIX + tag;
    }

    public static boolean isTag(String field) {
        return field.startsWith(TAG_PREFIX);
    }

    public static String member(String project) {
        return MEMBER_PREFIX + project;
    }

    public static boolean isMember(String field) {
        return field.startsWith(MEMBER_PREFIX);
    }
}
