package org.imageledger.query.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImageRenamed;
import org.imageledger.query.Api;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.NewImage;
import org.imageledger.query.QueryNodeTest;
import org.junit.jupiter.api.Test;

/** Every list filter, each test on images of an owner of its own. */
class ImageListFilterIT extends QueryNodeTest {

    private final String owner = "filters-" + LedgerEvents.newId();

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
    void leavesCommunityAndHiddenImagesOutUnlessAskedFor() {
        String shared = image(mine());
        String publicImage = image(mine().visibility("public"));
        String privateImage = image(mine().visibility("private"));
        String community = image(mine().visibility("community"));
        String hidden = image(mine().hidden());
        ready();

        assertThat(ids("")).containsExactlyInAnyOrder(shared, publicImage, privateImage);
        assertThat(ids("visibility=community")).containsExactly(community);
        assertThat(ids("visibility=public")).containsExactly(publicImage);
        assertThat(ids("visibility=all")).containsExactlyInAnyOrder(shared, publicImage, privateImage, community);
        assertThat(ids("os_hidden=true")).containsExactly(hidden);
        assertThat(ids("os_hidden=TRUE")).containsExactly(hidden);
        assertThat(ids("os_hidden=false")).containsExactlyInAnyOrder(shared, publicImage, privateImage);
        assertRefused("visibility=bogus", "Invalid visibility value: bogus");
        assertRefused("os_hidden=maybe", "Invalid value 'maybe' for 'os_hidden' filter. Valid values are 'true' or 'false'.");
    }

    @Test
    void requiresEveryTagAsked() {
        String both = image(mine().tags("x86", "lts"));
        String one = image(mine().tags("x86"));
        ready();

        assertThat(ids("tag=x86")).containsExactlyInAnyOrder(both, one);
        assertThat(ids("tag=x86&tag=lts")).containsExactly(both);
        assertThat(ids("tag=arm")).isEmpty();
        assertThat(list("tag=x86&tag=lts").json().path("first").asText())
                .isEqualTo("/v2/images?owner=" + owner + "&tag=lts");
    }

    @Test
    void filtersByProtection() {
        String guarded = image(mine().protectedImage());
        String open = image(mine());
        ready();

        assertThat(ids("protected=true")).containsExactly(guarded);
        assertThat(ids("protected=false")).containsExactly(open);
        assertRefused("protected=TRUE", "Invalid value 'TRUE' for 'protected' filter. Valid values are 'true' or 'false'.");
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
    void comparesCreationAndUpdateTimesAtFullPrecision() {
        String early = imageAt("2001-01-01T00:00:00.250Z", mine());
        String second = imageAt("2001-01-01T00:00:01.500Z", mine());
        String nextDay = imageAt("2001-01-02T00:00:00Z", mine());
        ledger.appendAt(Instant.parse("2001-01-03T00:00:00Z"), new ImageRenamed(second, "renamed"));
        ready();

        assertThat(api.get("/v2/images/" + early).json().path("created_at").asText()).isEqualTo("2001-01-01T00:00:00Z");
        assertThat(ids("created_at=gt:2001-01-01T00:00:00Z")).containsExactlyInAnyOrder(early, second, nextDay);
        assertThat(ids("created_at=gte:2001-01-01T00:00:01.5Z")).containsExactlyInAnyOrder(second, nextDay);
        assertThat(ids("created_at=lt:2001-01-01T00:00:01Z")).containsExactly(early);
        assertThat(ids("created_at=lte:2001-01-01T00:00:01.500Z")).containsExactlyInAnyOrder(early, second);
        assertThat(ids("created_at=eq:2001-01-01T00:00:01Z")).isEmpty();
        assertThat(ids("created_at=2001-01-02T00:00:00Z")).containsExactly(nextDay);
        assertThat(ids("created_at=neq:2001-01-02")).containsExactlyInAnyOrder(early, second);
        assertThat(ids("created_at=lt:2001-01-01T01:00:00.300%2B01:00")).containsExactly(early);
        assertThat(ids("updated_at=gt:2001-01-02T12:00:00Z")).containsExactly(second);
        assertRefused("created_at=yesterday", "Bad \"created_at\" query filter format. Use ISO 8601 DateTime notation.");
        assertRefused("updated_at=gt:2001-13-01", "Bad \"updated_at\" query filter format. Use ISO 8601 DateTime notation.");
        assertRefused("created_at=after:2001-01-01", "Unable to filter on a unknown operator.");
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

    @Test
    void refusesRetiredAndMalformedParameters() {
        assertThat(list("member_status=all").status()).isEqualTo(200);
        assertRefused("member_status=bogus", "Invalid status: bogus");
        assertRefused("changes-since=2001-01-01", "The \"changes-since\" filter is no longer available on v2.");
    }

    private NewImage mine() {
        return NewImage.ownedBy(owner);
    }

    private String image(NewImage spec) {
        String id = LedgerEvents.newId();
        ledger.append(spec.as(id));
        return id;
    }

    private String imageAt(String recordedAt, NewImage spec) {
        String id = LedgerEvents.newId();
        ledger.appendAt(Instant.parse(recordedAt), spec.as(id));
        return id;
    }

    private void ready() {
        ledger.awaitAllApplied();
    }

    private Api.Reply list(String query) {
        return api.get("/v2/images?owner=" + owner + (query.isEmpty() ? "" : "&" + query));
    }

    private List<String> ids(String query) {
        Api.Reply reply = list(query);
        assertThat(reply.status()).as(query).isEqualTo(200);
        return reply.ids();
    }

    private void assertRefused(String query, String message) {
        Api.Reply reply = list(query);
        assertThat(reply.status()).as(query).isEqualTo(400);
        assertThat(reply.message()).as(query).isEqualTo(message);
    }
}
