package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.imageledger.infrastructure.access.Caller;

/** Add one tag to an image; adding a tag it has already changes nothing. */
public record AddImageTag(
        @TargetAggregateIdentifier String imageId, Precondition precondition, String tag, Caller caller) {

    @TargetAggregateVersion
    public Long expectedVersion() {
        return precondition.expectedVersion();
    }
}
