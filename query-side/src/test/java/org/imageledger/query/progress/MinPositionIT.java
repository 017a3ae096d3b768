package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.imageledger.infrastructure.store.EventsAppended;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class MinPositionIT extends QueryNodeTest {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void readsWhatTheClientWroteWhenItAsksForThePosition() {
        String id = LedgerEvents.newId();
        long position = ledger.append(LedgerEvents.created(id, "min-position"));

        Reply reply = api.get("/v2/images/" + id, Map.of("Min-Position", Long.toString(position)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(progress.appliedPosition()).isGreaterThanOrEqualTo(position);
    }

    @Test
    void answersUnavailableWithRetryAfterWhenTheProjectionDoesNotGetThereInTime() {
        long unreachable = head() + 1_000_000;

        Reply reply = api.get("/v2/images", Map.of("Min-Position", Long.toString(unreachable)));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        assertThat(reply.json().path("code").asText()).isEqualTo("503 Service Unavailable");
        assertThat(reply.message()).contains(Long.toString(unreachable));
    }

    @Test
    void refusesAMalformedPosition() {
        for (String malformed : new String[] {"abc", "-1", "1.5", "99999999999999999999", ""}) {
            Reply reply = api.get("/v2/images", Map.of("Min-Position", malformed.isEmpty() ? " " : malformed));
            assertThat(reply.status()).as(malformed).isEqualTo(400);
            assertThat(reply.message())
                    .as(malformed)
                    .isEqualTo("Invalid Min-Position header: expected a non-negative integer position.");
        }
    }

    @Test
    void waitsForTheLastWriteAnnouncedInThisProcess() {
        long ahead = head() + 1;
        events.publishEvent(new EventsAppended(ahead));

        assertThat(api.get("/v2/images").status()).isEqualTo(503);

        String id = LedgerEvents.newId();
        long position = ledger.append(LedgerEvents.created(id, "read-your-writes"));
        events.publishEvent(new EventsAppended(position));

        assertThat(position).isGreaterThanOrEqualTo(ahead);
        assertThat(api.get("/v2/images/" + id).status()).isEqualTo(200);
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }
}
