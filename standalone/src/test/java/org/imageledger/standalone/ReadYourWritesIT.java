package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client that writes and then reads, with no extra header, sees its write: what the OpenStack clients do. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadYourWritesIT {

    @LocalServerPort
    int port;

    @Test
    void everyReadAfterAWriteShowsIt() {
        LedgerClient api = new LedgerClient(port);
        for (int i = 0; i < 30; i++) {
            var created = api.send("POST", "/v2/images", "application/json", "{\"name\": \"ryw-" + i + "\"}");
            assertThat(created.status()).isEqualTo(201);
            String id = created.json().get("id").asText();
            assertThat(api.send("GET", "/v2/images/" + id, null, null).status()).isEqualTo(200);
            var patched = api.send(
                    "PATCH",
                    "/v2/images/" + id,
                    LedgerClient.JSON_PATCH,
                    "[{\"op\": \"add\", \"path\": \"/round\", \"value\": \"" + i + "\"}]");
            var read = api.send("GET", "/v2/images/" + id, null, null);
            assertThat(read.header("ETag")).isEqualTo(patched.header("ETag"));
            assertThat(read.json().get("round").asText()).isEqualTo(Integer.toString(i));
            var listed = api.send("GET", "/v2/images?round=" + i + "&name=ryw-" + i, null, null);
            assertThat(listed.json().get("images")).hasSize(1);
        }
    }
}
