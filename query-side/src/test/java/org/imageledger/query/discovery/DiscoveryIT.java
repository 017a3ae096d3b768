package org.imageledger.query.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;

class DiscoveryIT extends QueryNodeTest {

    @Test
    void listsTheBaselineVersionsWithLinksToThisHost() {
        Reply versions = api.get("/versions");

        assertThat(versions.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        versions.json()
                .path("versions")
                .forEach(version -> ids.add(version.path("id").asText()));
        assertThat(ids)
                .containsExactly("v2.15", "v2.9", "v2.7", "v2.6", "v2.5", "v2.4", "v2.3", "v2.2", "v2.1", "v2.0");
        JsonNode current = versions.json().path("versions").get(0);
        assertThat(current.path("status").asText()).isEqualTo("CURRENT");
        assertThat(versions.json().path("versions").get(1).path("status").asText())
                .isEqualTo("SUPPORTED");
        assertThat(current.path("links").get(0).path("rel").asText()).isEqualTo("self");
        assertThat(current.path("links").get(0).path("href").asText())
                .isEqualTo(api.base().resolve("/v2/").toString());
    }

    @Test
    void answersTheRootWithMultipleChoices() {
        Reply root = api.get("/");

        assertThat(root.status()).isEqualTo(300);
        assertThat(root.json()).isEqualTo(api.get("/versions").json());
    }

    @Test
    void servesTheImageSchemaWithVersionAndWithoutStores() {
        JsonNode schema = api.get("/v2/schemas/image").json();

        assertThat(schema.path("name").asText()).isEqualTo("image");
        assertThat(schema.path("properties").has("stores")).isFalse();
        assertThat(schema.path("properties").path("version").path("type").asText())
                .isEqualTo("integer");
        assertThat(schema.path("properties").path("version").path("readOnly").asBoolean())
                .isTrue();
        assertThat(schema.path("properties").has("os_hidden")).isTrue();
        assertThat(schema.path("additionalProperties").path("type").asText()).isEqualTo("string");
    }

    @Test
    void servesTheListSchemaWithTheSameImageSchema() {
        JsonNode schema = api.get("/v2/schemas/images").json();
        JsonNode image = api.get("/v2/schemas/image").json();

        assertThat(schema.path("name").asText()).isEqualTo("images");
        assertThat(schema.path("properties").path("images").path("items").path("properties"))
                .isEqualTo(image.path("properties"));
        assertThat(schema.path("properties").has("next")).isTrue();
    }

    @Test
    void doesNotKnowOtherSchemas() {
        Reply reply = api.get("/v2/schemas/nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("status").asInt()).isEqualTo(404);
    }
}
