package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.imageledger.testing.Reply;

/** The single error body every endpoint answers with. */
final class ErrorShape {

    private ErrorShape() {}

    static JsonNode assertError(Reply response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asText()).startsWith(status + " ");
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("type").asText()).isNotBlank();
        assertThat(body.get("message").asText())
                .isNotBlank()
                .isEqualTo(body.get("detail").asText());
        return body;
    }
}
