package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageDeleted;
import org.junit.jupiter.api.Test;

/** The list filters on an image's own attributes and custom properties. */
class ImageListFilterIT extends OwnImagesTest {

    @Test
    void filtersByExactNameAndByListsOfNames() {
        String alpha = image(mine().named("alpha"));
        String beta = image(mine().named("beta"));
        String withComma = image(mine().named("gamma, delta"));
        image(mine());
        ready();

        assertThat(ids("name=alpha")).containsExactly(alpha);
        assertThat(ids("name=eq:alpha")).containsExactly(alpha);
        assertThat(ids("name=in:alpha,beta")).containsExactlyInAnyOrder(alpha, beta);
        assertThat(ids("name=in:%22gamma,%20delta%22,alpha")).containsExactlyInAnyOrder(withComma, alpha);
        assertThat(ids("name=in:")).isEmpty();
        assertThat(ids("name=gamma")).isEmpty();
        assertRefused("name=like:alp", "Unable to filter by unknown operator 'like'.");
        assertRefused("name=in:a%22b", "Invalid filter value a\"b. There is no comma before opening quotation mark.");
        assertRefused("name=in:%22a", "Invalid filter value \"a. The quote is not closed.");
    }

    @Test
    void filtersByIdAndByListsOfIds() {
        String first = image(mine());
        String second = image(mine());
        image(mine());
        ready();

        assertThat(ids("id=" + first)).containsExactly(first);
        assertThat(ids("id=in:" + first + "," + second)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void filtersByStatusAndNeverListsDeletedImages() {
        String queued = image(mine());
        String deactivated = image(mine());
        ledger.append(new ImageDeactivated(deactivated));
        String deleted = image(mine());
        ledger.append(new ImageDeleted(deleted));
        ready();

        assertThat(ids("")).containsExactlyInAnyOrder(queued, deactivated);
        assertThat(ids("status=queued")).containsExactly(queued);
        assertThat(ids("status=in:queued,deactivated")).containsExactlyInAnyOrder(queued, deactivated);
        assertThat(ids("status=deleted")).isEmpty();
        assertThat(ids("status=killed")).isEmpty();
    }

    @Test
    void filtersByFormats() {
        String qcow = image(mine().formats("qcow2", "bare"));
        String raw = image(mine().formats("raw", "ova"));
        image(mine());
        ready();

        assertThat(ids("disk_format=qcow2")).containsExactly(qcow);
        assertThat(ids("container_format=in:bare,ova")).containsExactlyInAnyOrder(qcow, raw);
        assertThat(ids("disk_format=qcow2&container_format=ova")).isEmpty();
    }

    @Test
    void filtersByMemoryAndDiskExactlyOrByRange() {
        String small = image(mine().minRam(256).minDisk(1));
        String large = image(mine().minRam(4096).minDisk(20));
        ready();

        assertThat(ids("min_ram=256")).containsExactly(small);
        assertThat(ids("min_disk=20")).containsExactly(large);
        assertThat(ids("min_ram_min=1000")).containsExactly(large);
        assertThat(ids("min_ram_max=1_000")).containsExactly(small);
        assertThat(ids("min_ram_min=256&min_ram_max=4096")).containsExactlyInAnyOrder(small, large);
        assertThat(ids("min_ram_min=99999999999999999999")).isEmpty();
        assertRefused("min_ram=abc", "Invalid value 'abc' for 'min_ram' filter. Valid values are integers.");
        assertRefused("min_ram=gte:512", "Invalid value 'gte:512' for 'min_ram' filter. Valid values are integers.");
        assertRefused("min_ram_min=lots", "Unable to filter on a range with a non-numeric value.");
        assertRefused("color_min=3", "Unable to filter on a range of 'color'.");
    }

    @Test
    void attributesOnlyAnUploadSetsMatchNothing() {
        image(mine());
        ready();

        assertThat(ids("checksum=d41d8cd98f00b204e9800998ecf8427e")).isEmpty();
        assertThat(ids("size_min=0")).isEmpty();
        assertThat(ids("size_max=100")).isEmpty();
        assertThat(ids("os_hash_value=abc")).isEmpty();
        assertRefused("size_min=big", "Unable to filter on a range with a non-numeric value.");
    }

    @Test
    void treatsAnyOtherNameAsAnExactCustomProperty() {
        String longValue = "v".repeat(5000);
        String blue = image(mine().properties(Map.of("color", "blue", "os_distro", "ubuntu", "notes", longValue)));
        String green = image(mine().properties(Map.of("color", "green")));
        ready();

        assertThat(ids("color=blue")).containsExactly(blue);
        assertThat(ids("color=green&os_distro=ubuntu")).isEmpty();
        assertThat(ids("color=blue&os_distro=ubuntu")).containsExactly(blue);
        assertThat(ids("color=in:blue,green")).isEmpty();
        assertThat(ids("notes=" + longValue)).containsExactly(blue);
        assertThat(ids("foo=bar")).isEmpty();
        assertThat(green).isNotNull();
    }
}
