package org.imageledger.infrastructure.store;

import java.util.List;

/** The event metadata keys that say who changed an image, in which request and from where. */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    /** The service's own id of the request ({@code req-<uuid>}), never one a client chose. */
    public static final String REQUEST_ID = "requestId";
    /** The id the client sent for its request ({@code X-Openstack-Request-Id}), if any: Glance's global request id. */
    public static final String CLIENT_REQUEST_ID = "clientRequestId";

    public static final String CLIENT_ADDRESS = "clientAddress";

    static final List<String> KEYS = List.of(ACTOR, REQUEST_ID, CLIENT_REQUEST_ID, CLIENT_ADDRESS);

    private AuditMetadata() {}
}
