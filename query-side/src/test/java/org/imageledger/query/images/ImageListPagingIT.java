package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imageledger.events.ImageDeleted;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.NewImage;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;

/** Sort orders, page sizes, markers and the links between pages. */
class ImageListPagingIT extends OwnImagesTest {

    @Test
    void listsNewestFirstByDefault() {
        List<String> oldestFirst = images(4);

        List<String> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        assertThat(ids("")).containsExactlyElementsOf(newestFirst);
        assertThat(ids("sort_dir=asc")).containsExactlyElementsOf(oldestFirst);
    }

    @Test
    void sortsByEitherSyntaxWithCreationAndIdBreakingTies() {
        String b1 = imageAt(1, mine().named("b"));
        String a = imageAt(2, mine().named("a"));
        String b2 = imageAt(3, mine().named("b"));
        String unnamed = imageAt(4, mine());
        ready();

        assertThat(ids("sort=name:asc")).containsExactly(a, b1, b2, unnamed);
        assertThat(ids("sort=name")).containsExactly(unnamed, b2, b1, a);
        assertThat(ids("sort_key=name&sort_dir=asc")).containsExactly(a, b1, b2, unnamed);
        assertThat(ids("sort=name:asc,created_at:desc")).containsExactly(a, b2, b1, unnamed);
        assertThat(ids("sort_key=name&sort_key=created_at&sort_dir=asc&sort_dir=desc"))
                .containsExactly(a, b2, b1, unnamed);
        assertThat(ids("sort=status:asc,name:asc")).containsExactly(a, b2, b1, unnamed);
        assertThat(ids("sort=size:asc")).containsExactly(b1, a, b2, unnamed);
    }

    @Test
    void refusesUnknownOrInconsistentSorting() {
        assertRefused(
                "sort=color",
                "Invalid sort key: color. It must be one of the following: name, status, "
                        + "container_format, disk_format, size, id, created_at, updated_at.");
        assertRefused(
                "sort_key=owner",
                "Invalid sort key: owner. It must be one of the following: name, status, "
                        + "container_format, disk_format, size, id, created_at, updated_at.");
        assertRefused("sort=name:up", "Invalid sort direction: up");
        assertRefused("sort_dir=sideways", "Invalid sort direction: sideways");
        assertRefused("sort=name&sort_key=id", "Old and new sorting syntax cannot be combined");
        assertRefused("sort=name&sort_dir=asc", "Old and new sorting syntax cannot be combined");
        assertRefused(
                "sort_key=name&sort_dir=asc&sort_dir=desc&sort_key=id&sort_key=size",
                "Number of sort dirs does not match the number of sort keys");
        assertRefused("sort_dir=asc&sort_dir=desc", "Number of sort dirs does not match the number of sort keys");
    }

    @Test
    void pagesWithLimitAndMarkerInAnyOrder() {
        for (int i = 0; i < 7; i++) {
            imageAt(i, i % 3 == 0 ? mine() : mine().named("n" + (i % 2)));
        }
        ready();

        for (String sort : List.of(
                "",
                "sort=name:asc",
                "sort=name:desc",
                "sort=name:asc,created_at:desc",
                "sort_key=id&sort_dir=asc",
                "sort=size")) {
            assertThat(walk(sort, 2)).as(sort).containsExactlyElementsOf(ids(sort));
        }
    }

    @Test
    void linksPagesWithTheQueryReencoded() {
        String first = imageAt(1, mine().named("a,b"));
        String second = imageAt(2, mine().named("a,b"));
        ready();

        JsonNode page = list("name=in:%22a,b%22&limit=1&sort=name:asc").json();
        String query = "owner=" + owner + "&name=in%3A%22a%2Cb%22&limit=1&sort=name%3Aasc";
        assertThat(page.path("first").asText()).isEqualTo("/v2/images?" + query);
        assertThat(page.path("next").asText()).isEqualTo("/v2/images?" + query + "&marker=" + first);
        assertThat(page.path("schema").asText()).isEqualTo("/v2/schemas/images");

        JsonNode next = api.get(page.path("next").asText()).json();
        assertThat(next.path("images").get(0).path("id").asText()).isEqualTo(second);
        assertThat(next.path("first").asText()).isEqualTo("/v2/images?" + query);
        assertThat(next.path("next").asText()).isEqualTo("/v2/images?" + query + "&marker=" + second);

        JsonNode beyond = api.get(next.path("next").asText()).json();
        assertThat(beyond.path("images")).isEmpty();
        assertThat(beyond.has("next")).isFalse();
        assertThat(api.get("/v2/images").json().path("first").asText()).isEqualTo("/v2/images");
    }

    @Test
    void limitsPagesToTwentyFiveByDefaultAndAThousandAtMost() {
        images(26);

        Reply page = list("");
        assertThat(page.ids()).hasSize(25);
        assertThat(page.json().has("next")).isTrue();
        assertThat(list("limit=100000").ids()).hasSize(26);
        assertThat(list("limit=100000").json().has("next")).isFalse();
        assertThat(list("limit=0").ids()).isEmpty();
        assertThat(list("limit=0").json().has("next")).isFalse();
        assertThat(list("limit=%2B5").ids()).hasSize(5);
        assertRefused("limit=-1", "limit param must be positive");
        assertRefused("limit=ten", "limit param must be an integer");
        assertRefused("limit=2.5", "limit param must be an integer");
    }

    @Test
    void refusesAnUnknownOrDeletedMarker() {
        String deleted = imageAt(1, mine());
        ledger.append(new ImageDeleted(deleted));
        ready();
        String unknown = LedgerEvents.newId();

        assertRefused("marker=" + unknown, "No image found with ID " + unknown);
        assertRefused("marker=" + deleted, "No image found with ID " + deleted);
    }

    /** The ids of every page, following the next links. */
    private List<String> walk(String sort, int limit) {
        List<String> ids = new ArrayList<>();
        Reply page = list((sort.isEmpty() ? "" : sort + "&") + "limit=" + limit);
        while (true) {
            ids.addAll(page.ids());
            if (!page.json().has("next")) {
                return ids;
            }
            page = api.get(page.json().path("next").asText());
        }
    }

    private List<String> images(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(imageAt(i, mine()));
        }
        ready();
        return ids;
    }

    /** An image created at a distinct, increasing time, so that orders are predictable. */
    private String imageAt(int second, NewImage spec) {
        return imageAt(Instant.parse("2002-02-02T00:00:00Z").plusSeconds(second), spec);
    }
}
