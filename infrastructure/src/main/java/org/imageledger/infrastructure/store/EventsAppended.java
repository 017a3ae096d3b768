package org.imageledger.infrastructure.store;

/**
 * Announced inside one process after a write was acknowledged: the global position of its last event. The read side
 * of the same process uses it to show a client its own writes without being asked.
 */
public record EventsAppended(long position) {}
