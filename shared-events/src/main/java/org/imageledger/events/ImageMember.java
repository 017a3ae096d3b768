package org.imageledger.events;

import java.time.Instant;

/**
 * One project an image is shared with, and what that project answered.
 *
 * @param status {@code pending} until the member project accepts or rejects the image
 */
public record ImageMember(String status, Instant createdAt, Instant updatedAt) {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
}
