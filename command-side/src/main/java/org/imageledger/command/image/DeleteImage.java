package org.imageledger.command.image;

import org.imageledger.infrastructure.access.Caller;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Delete an image; refused while it is protected. Its history stays. */
public record DeleteImage(
        @TargetAggregateIdentifier String imageId,
        Precondition precondition,
        Caller caller) {

    @TargetAggregateVersion
    public Long expectedVersion() {
        return precondition.expectedVersion();
    }
}
