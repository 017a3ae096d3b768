package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.imageledger.events.ImageRenamed;
import org.junit.jupiter.api.Test;

/** The default scope, visibility, tags, flags and times, and the parameters Glance refuses outright. */
class ImageListScopeIT extends OwnImagesTest {

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
        assertRefused(
                "os_hidden=maybe", "Invalid value 'maybe' for 'os_hidden' filter. Valid values are 'true' or 'false'.");
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
        assertRefused(
                "protected=TRUE", "Invalid value 'TRUE' for 'protected' filter. Valid values are 'true' or 'false'.");
    }

    @Test
    void comparesCreationAndUpdateTimesAtFullPrecision() {
        String early = imageAt(Instant.parse("2001-01-01T00:00:00.250Z"), mine());
        String second = imageAt(Instant.parse("2001-01-01T00:00:01.500Z"), mine());
        String nextDay = imageAt(Instant.parse("2001-01-02T00:00:00Z"), mine());
        ledger.appendAt(Instant.parse("2001-01-03T00:00:00Z"), new ImageRenamed(second, "renamed"));
        ready();

        assertThat(api.get("/v2/images/" + early).json().path("created_at").asText())
                .isEqualTo("2001-01-01T00:00:00Z");
        assertThat(ids("created_at=gt:2001-01-01T00:00:00Z")).containsExactlyInAnyOrder(early, second, nextDay);
        assertThat(ids("created_at=gte:2001-01-01T00:00:01.5Z")).containsExactlyInAnyOrder(second, nextDay);
        assertThat(ids("created_at=lt:2001-01-01T00:00:01Z")).containsExactly(early);
        assertThat(ids("created_at=lte:2001-01-01T00:00:01.500Z")).containsExactlyInAnyOrder(early, second);
        assertThat(ids("created_at=eq:2001-01-01T00:00:01Z")).isEmpty();
        assertThat(ids("created_at=2001-01-02T00:00:00Z")).containsExactly(nextDay);
        assertThat(ids("created_at=neq:2001-01-02")).containsExactlyInAnyOrder(early, second);
        assertThat(ids("created_at=lt:2001-01-01T01:00:00.300%2B01:00")).containsExactly(early);
        assertThat(ids("updated_at=gt:2001-01-02T12:00:00Z")).containsExactly(second);
        assertRefused(
                "created_at=yesterday", "Bad \"created_at\" query filter format. Use ISO 8601 DateTime notation.");
        assertRefused(
                "updated_at=gt:2001-13-01", "Bad \"updated_at\" query filter format. Use ISO 8601 DateTime notation.");
        assertRefused("created_at=after:2001-01-01", "Unable to filter on a unknown operator.");
    }

    @Test
    void refusesRetiredAndMalformedParameters() {
        assertThat(list("member_status=all").status()).isEqualTo(200);
        assertRefused("member_status=bogus", "Invalid status: bogus");
        assertRefused("changes-since=2001-01-01", "The \"changes-since\" filter is no longer available on v2.");
    }
}
