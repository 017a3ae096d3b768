package org.imageledger.infrastructure.store;

import java.util.List;

/** The event metadata keys that say who changed an image, in which request and from where. */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";

    static final List<String> KEYS = List.of(ACTOR, REQUEST_ID, CLIENT_ADDRESS);

    private AuditMetadata() {}
}
