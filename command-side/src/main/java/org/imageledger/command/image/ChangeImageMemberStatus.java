package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imageledger.infrastructure.access.Caller;

/** A member project's answer to an image shared with it: pending, accepted or rejected. */
public record ChangeImageMemberStatus(
        @TargetAggregateIdentifier String imageId, String member, String status, Caller caller) {}
