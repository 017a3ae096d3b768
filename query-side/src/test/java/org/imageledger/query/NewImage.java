package org.imageledger.query;

import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;

/** The creation event of a test image: defaults as Glance has them, changed where a test cares. */
public final class NewImage {

    private final String owner;
    private String name;
    private String visibility = "shared";
    private boolean isProtected;
    private boolean osHidden;
    private long minRam;
    private long minDisk;
    private String diskFormat;
    private String containerFormat;
    private Map<String, String> properties = Map.of();
    private List<String> tags = List.of();

    private NewImage(String owner) {
        this.owner = owner;
    }

    public static NewImage ownedBy(String owner) {
        return new NewImage(owner);
    }

    public NewImage named(String name) {
        this.name = name;
        return this;
    }

    public NewImage visibility(String visibility) {
        this.visibility = visibility;
        return this;
    }

    public NewImage protectedImage() {
        this.isProtected = true;
        return this;
    }

    public NewImage hidden() {
        this.osHidden = true;
        return this;
    }

    public NewImage minRam(long minRam) {
        this.minRam = minRam;
        return this;
    }

    public NewImage minDisk(long minDisk) {
        this.minDisk = minDisk;
        return this;
    }

    public NewImage formats(String diskFormat, String containerFormat) {
        this.diskFormat = diskFormat;
        this.containerFormat = containerFormat;
        return this;
    }

    public NewImage properties(Map<String, String> properties) {
        this.properties = properties;
        return this;
    }

    public NewImage tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public ImageCreated as(String id) {
        return new ImageCreated(
                id,
                name,
                visibility,
                isProtected,
                osHidden,
                minRam,
                minDisk,
                diskFormat,
                containerFormat,
                owner,
                properties,
                tags);
    }
}
