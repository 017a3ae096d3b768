package org.imageledger.command.image;

/** Image data was sent before the image had a disk and a container format. */
public class FormatsMissing extends ImageRefused {

    FormatsMissing() {
        super("Properties disk_format, container_format must be set prior to saving data.");
    }
}
