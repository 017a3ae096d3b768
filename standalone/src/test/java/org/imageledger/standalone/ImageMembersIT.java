package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sharing an image with another project, as Glance v2 does it, seen through the tokens of the owning project
 * ({@code demo}) and of the member project ({@code other}).
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImageMembersIT {

    @LocalServerPort
    int port;

    LedgerClient owner;
    LedgerClient member;
    String id;

    @BeforeEach
    void sharedImage() {
        owner = new LedgerClient(port, "demo-member");
        member = new LedgerClient(port, "other-member");
        var created = owner.send(
                "POST",
                "/v2/images",
                "application/json",
                "{\"name\": \"shared\", \"visibility\": \"shared\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        id = created.json().get("id").asText();
    }

    @Test
    void aMemberSeesTheImageInListsOnlyAsItsAnswerAndTheFilterSay() {
        assertThat(member.send("GET", image(), null, null).status()).isEqualTo(404);
        assertThat(listed(member, "")).doesNotContain(id);

        var added = owner.send("POST", image() + "/members", "application/json", "{\"member\": \"other\"}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("status").asText()).isEqualTo("pending");
        assertThat(added.json().get("member_id").asText()).isEqualTo("other");
        assertThat(added.json().get("image_id").asText()).isEqualTo(id);
        assertThat(added.json().get("schema").asText()).isEqualTo("/v2/schemas/member");

        assertThat(member.send("GET", image(), null, null).status()).isEqualTo(200);
        assertThat(listed(member, "")).doesNotContain(id);
        assertThat(listed(member, "?member_status=pending")).contains(id);
        assertThat(listed(member, "?visibility=shared&member_status=pending")).contains(id);
        assertThat(listed(member, "?member_status=all")).contains(id);

        assertThat(answer(member, "accepted").status()).isEqualTo(200);
        assertThat(listed(member, "")).contains(id);
        assertThat(listed(member, "?member_status=pending")).doesNotContain(id);

        assertThat(answer(member, "rejected").json().get("status").asText()).isEqualTo("rejected");
        assertThat(listed(member, "")).doesNotContain(id);
        assertThat(listed(member, "?member_status=rejected")).contains(id);
        assertThat(listed(owner, "?member_status=rejected"))
                .as("the owner's own images are listed whatever the status")
                .contains(id);
    }

    @Test
    void onlyTheMemberAnswersAndOnlyTheOwnerChoosesMembers() {
        owner.send("POST", image() + "/members", "application/json", "{\"member\": \"other\"}");
        owner.send("POST", image() + "/members", "application/json", "{\"member\": \"third\"}");
        assertThat(owner.send("POST", image() + "/members", "application/json", "{\"member\": \"other\"}")
                        .status())
                .isEqualTo(409);
        assertThat(answer(owner, "accepted").status()).isEqualTo(403);
        assertThat(member.send("POST", image() + "/members", "application/json", "{\"member\": \"fourth\"}")
                        .status())
                .isEqualTo(403);
        assertThat(member.send("DELETE", image() + "/members/other", null, null).status())
                .isEqualTo(403);

        assertThat(members(owner)).containsExactlyInAnyOrder("other", "third");
        assertThat(members(member)).containsExactly("other");
        assertThat(member.send("GET", image() + "/members/third", null, null).status())
                .isEqualTo(404);
        assertThat(member.send("GET", image() + "/members/other", null, null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("pending");

        assertThat(owner.send("DELETE", image() + "/members/other", null, null).status())
                .isEqualTo(204);
        assertThat(owner.send("DELETE", image() + "/members/other", null, null).status())
                .isEqualTo(404);
        assertThat(member.send("GET", image(), null, null).status()).isEqualTo(404);
    }

    @Test
    void refusesWhatGlanceRefuses() {
        var privateImage = owner.send("POST", "/v2/images", "application/json", "{\"visibility\": \"private\"}");
        String privateId = privateImage.json().get("id").asText();
        assertThat(owner.send(
                                "POST",
                                "/v2/images/" + privateId + "/members",
                                "application/json",
                                "{\"member\": \"other\"}")
                        .status())
                .isEqualTo(403);
        assertThat(owner.send("POST", image() + "/members", "application/json", "{\"nomember\": \"other\"}")
                        .status())
                .isEqualTo(400);
        owner.send("POST", image() + "/members", "application/json", "{\"member\": \"other\"}");
        assertThat(answer(member, "bogus").status()).isEqualTo(400);
        assertThat(owner.send("GET", image(), null, null).json().get("version").asLong())
                .isEqualTo(1);
    }

    @Test
    void everyMemberChangeIsInTheHistoryWithItsActor() {
        owner.send("POST", image() + "/members", "application/json", "{\"member\": \"other\"}");
        answer(member, "accepted");
        owner.send("DELETE", image() + "/members/other", null, null);
        List<String> entries = new ArrayList<>();
        for (JsonNode entry :
                owner.send("GET", image() + "/history", null, null).json().get("entries")) {
            entries.add(
                    entry.get("event").asText() + " by " + entry.get("actor").asText());
        }
        assertThat(entries)
                .containsExactly(
                        "ImageCreated by demo:member",
                        "ImageMemberAdded by demo:member",
                        "ImageMemberStatusChanged by other:member",
                        "ImageMemberRemoved by demo:member");
        var verified = new LedgerClient(port).send("POST", "/v2/admin/projections/image-metadata/verify", null, null);
        assertThat(verified.json().get("mismatch_count").asInt()).isZero();
    }

    private Reply answer(LedgerClient client, String status) {
        return client.send("PUT", image() + "/members/other", "application/json", "{\"status\": \"" + status + "\"}");
    }

    private String image() {
        return "/v2/images/" + id;
    }

    private List<String> listed(LedgerClient client, String query) {
        return client.send("GET", "/v2/images" + query, null, null)
                .json()
                .get("images")
                .findValuesAsText("id");
    }

    private List<String> members(LedgerClient client) {
        return client.send("GET", image() + "/members", null, null)
                .json()
                .get("members")
                .findValuesAsText("member_id");
    }
}
