package org.imageledger.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A page of the event feed, written as NDJSON: one JSON object per line, in position order. */
public final class FeedPage {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final List<FeedEvent> events;
    private final long lastPosition;

    FeedPage(List<FeedEvent> events, long after) {
        this.events = List.copyOf(events);
        this.lastPosition =
                events.isEmpty() ? after : events.get(events.size() - 1).position();
    }

    public int size() {
        return events.size();
    }

    /** Where the next page starts: the position of the last event here, or where this page started if it is empty. */
    public long lastPosition() {
        return lastPosition;
    }

    public void writeTo(OutputStream out) throws IOException {
        for (FeedEvent event : events) {
            out.write(JSON.writeValueAsBytes(event));
            out.write('\n');
        }
    }

    byte[] ndjson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeTo(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed event of plain values cannot fail to serialize", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
