package org.imageledger.command.image;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.imageledger.infrastructure.access.Caller;

/** Apply a JSON patch to an image, all operations or none. */
public record UpdateImage(
        @TargetAggregateIdentifier String imageId,
        Precondition precondition,
        List<PatchOperation> operations,
        Caller caller) {

    public UpdateImage {
        operations = List.copyOf(operations);
    }

    @TargetAggregateVersion
    public Long expectedVersion() {
        return precondition.expectedVersion();
    }
}
