package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.imageledger.infrastructure.access.Caller;

/** Delete an image; refused while it is protected. Its history stays. */
public record DeleteImage(@TargetAggregateIdentifier String imageId, Precondition precondition, Caller caller) {

    @TargetAggregateVersion
    public Long expectedVersion() {
        return precondition.expectedVersion();
    }
}
