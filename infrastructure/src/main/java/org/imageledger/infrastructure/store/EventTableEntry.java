package org.imageledger.infrastructure.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;

/**
 * One row of the event table as read straight through JDBC, for reads of many events that bypass the storage engine.
 * Axon's entry parses its timestamp text again on every read of it, with a general ISO-8601 parser; this one parses it
 * once, reading the fixed form Axon writes ({@code 2025-01-31T12:00:00.000Z}) directly and anything else as Axon would.
 */
public final class EventTableEntry extends GenericDomainEventEntry<byte[]> {

    private static final int STORED_FORM_LENGTH = "2025-01-31T12:00:00.000Z".length();

    private final Instant timestamp;

    public EventTableEntry(
            String type,
            String aggregateIdentifier,
            long sequenceNumber,
            String eventIdentifier,
            String timestamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData) {
        super(
                type,
                aggregateIdentifier,
                sequenceNumber,
                eventIdentifier,
                timestamp,
                payloadType,
                payloadRevision,
                payload,
                metaData);
        this.timestamp = parse(timestamp);
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    static Instant parse(String text) {
        if (text.length() == STORED_FORM_LENGTH && storedForm(text)) {
            try {
                return LocalDateTime.of(
                                digits(text, 0, 4),
                                digits(text, 5, 2),
                                digits(text, 8, 2),
                                digits(text, 11, 2),
                                digits(text, 14, 2),
                                digits(text, 17, 2),
                                digits(text, 20, 3) * 1_000_000)
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeException outOfRange) {
                // such as a 30th of February: let Axon's parser say what is wrong
            }
        }
        return DateTimeUtils.parseInstant(text);
    }

    /** Digits where {@code yyyy-MM-ddTHH:mm:ss.SSSZ} has them, and its separators elsewhere. */
    private static boolean storedForm(String text) {
        for (int i = 0; i < STORED_FORM_LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> c == '.';
                case 23 -> c == 'Z';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
