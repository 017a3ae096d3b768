package org.imageledger.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class ErrorMediaTest {

    @ParameterizedTest(name = "Accept [{0}] → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL | JSON",
                "'' | JSON",
                ";;; | JSON",
                "application/json | JSON",
                "application/* | JSON",
                "application/problem+json | JSON",
                "*/* | PLAIN_TEXT",
                "text/plain | PLAIN_TEXT",
                "text/* | PLAIN_TEXT",
                "text/html | JSON",
                "image/png | JSON",
                "'*/*, application/json' | JSON",
                "'text/plain, application/json;q=0.5' | PLAIN_TEXT",
                "'text/plain;q=0.2, application/json' | JSON",
                "'application/json;q=0, text/plain' | PLAIN_TEXT",
                "'text/html,application/xhtml+xml,*/*;q=0.8' | PLAIN_TEXT"
            })
    void followsWhatTheClientPrefers(String accept, ErrorMedia expected) {
        assertThat(ErrorMedia.forAccept(accept)).isEqualTo(expected);
    }

    @Test
    void anAcceptTooLongToSortIsJson() {
        String accept = "text/plain;q=0.1," + "a/b,".repeat(1000) + "c/d";
        assertThat(ErrorMedia.forAccept(accept)).isEqualTo(ErrorMedia.JSON);
    }

    @Test
    void plainTextIsGlancesForm() {
        byte[] body = ErrorMedia.PLAIN_TEXT.render(
                ErrorBody.of(HttpStatus.NOT_FOUND, "not_found", "No image found with ID x", Map.of()));
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("404 Not Found\n\nNo image found with ID x\n");
    }
}
