package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;

/** Reads show a project its own images and everyone's public ones; others' private images do not exist for it. */
class ReadAccessIT extends QueryNodeTest {

    private String image(String owner, String visibility, String marker) {
        String id = LedgerEvents.newId();
        ledger.appendApplied(new ImageCreated(
                id,
                "access",
                visibility,
                false,
                false,
                0,
                0,
                null,
                null,
                owner,
                Map.of("access_marker", marker),
                List.of()));
        return id;
    }

    @Test
    void aReaderSeesItsProjectsImagesAndPublicOnesOnly() {
        String marker = LedgerEvents.newId();
        String own = image("demo", "private", marker);
        String othersPrivate = image("other", "private", marker);
        String othersShared = image("other", "shared", marker);
        String othersPublic = image("other", "public", marker);
        String othersCommunity = image("other", "community", marker);
        LedgerClient reader = api.withToken("demo-reader");

        assertThat(reader.get("/v2/images/" + own).status()).isEqualTo(200);
        assertThat(reader.get("/v2/images/" + othersPublic).status()).isEqualTo(200);
        assertThat(reader.get("/v2/images/" + othersCommunity).status()).isEqualTo(200);
        assertThat(reader.get("/v2/images/" + othersPrivate).status()).isEqualTo(404);
        assertThat(reader.get("/v2/images/" + othersShared).status()).isEqualTo(404);

        assertThat(ids(reader.get("/v2/images?access_marker=" + marker))).containsExactlyInAnyOrder(own, othersPublic);
        assertThat(ids(reader.get("/v2/images?visibility=all&access_marker=" + marker)))
                .containsExactlyInAnyOrder(own, othersPublic, othersCommunity);
        assertThat(ids(api.withToken("auditor-secret").get("/v2/images?visibility=all&access_marker=" + marker)))
                .containsExactlyInAnyOrder(own, othersPrivate, othersShared, othersPublic, othersCommunity);
    }

    @Test
    void aMarkerTheCallerMayNotSeeIsRefusedExactlyLikeAnUnknownOne() {
        String marker = LedgerEvents.newId();
        String othersPrivate = image("other", "private", marker);
        String othersShared = image("other", "shared", marker);
        String othersCommunity = image("other", "community", marker);
        String unknown = LedgerEvents.newId();
        LedgerClient reader = api.withToken("demo-reader");
        Reply refusal = reader.get("/v2/images?marker=" + unknown);
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.message()).isEqualTo("No image found with ID " + unknown);

        for (String invisible : List.of(othersPrivate, othersShared)) {
            Reply reply = reader.get("/v2/images?marker=" + invisible);
            assertThat(reply.status()).as(invisible).isEqualTo(400);
            assertThat(reply.body().replace(invisible, unknown)).isEqualTo(refusal.body());
            assertThat(api.withToken("other-reader")
                            .get("/v2/images?marker=" + invisible)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(reader.get("/v2/images?marker=" + othersCommunity).status()).isEqualTo(200);
        assertThat(api.withToken("auditor-secret")
                        .get("/v2/images?marker=" + othersPrivate)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aMissingOrUnknownTokenIsUnauthorizedButTheVersionDocumentIsOpen() {
        assertThat(api.withToken(null).get("/v2/images").status()).isEqualTo(401);
        assertThat(api.withToken("nobody").get("/v2/schemas/image").status()).isEqualTo(401);
        assertThat(api.withToken(null).get("/versions").status()).isEqualTo(200);
        assertThat(api.withToken(null).get("/actuator/health").status()).isEqualTo(200);
    }

    private static List<String> ids(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().path("images").findValuesAsText("id");
    }
}
