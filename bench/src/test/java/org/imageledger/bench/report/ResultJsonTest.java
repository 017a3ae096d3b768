package org.imageledger.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

    @Test
    void holdsTheSameFiguresAsTheTable() throws Exception {
        Report report = new Report(
                "full",
                "abc1234",
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:08:00Z"),
                Map.of("images", 100_000),
                List.of(
                        Row.of("list filtered p99", Unit.MILLISECONDS, 3.0, 1.2, Target.ratioAtMost(2)),
                        Row.notAvailable("rebuild", Unit.EVENTS_PER_SECOND, Target.atLeast(20_000), "missing")));

        JsonNode json = new ObjectMapper().readTree(ResultJson.render(report));

        assertThat(json.path("mode").asText()).isEqualTo("full");
        assertThat(json.path("commit").asText()).isEqualTo("abc1234");
        assertThat(json.path("settings").path("images").asInt()).isEqualTo(100_000);
        JsonNode list = json.path("rows").get(0);
        assertThat(list.path("ours").asDouble()).isEqualTo(3.0);
        assertThat(list.path("baseline").asDouble()).isEqualTo(1.2);
        assertThat(list.path("ratio").asDouble()).isEqualTo(2.5);
        assertThat(list.path("unit").asText()).isEqualTo("ms");
        assertThat(list.path("target").path("kind").asText()).isEqualTo("ratio_at_most");
        assertThat(list.path("target_met").asBoolean()).isFalse();
        JsonNode rebuild = json.path("rows").get(1);
        assertThat(rebuild.path("ours").isNull()).isTrue();
        assertThat(rebuild.path("target_met").isNull()).isTrue();
        assertThat(rebuild.path("note").asText()).isEqualTo("missing");
    }
}
