package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.imageledger.infrastructure.access.Caller;

/** Remove one tag from an image; refused when the image does not have it. */
public record RemoveImageTag(
        @TargetAggregateIdentifier String imageId, Precondition precondition, String tag, Caller caller) {

    @TargetAggregateVersion
    public Long expectedVersion() {
        return precondition.expectedVersion();
    }
}
