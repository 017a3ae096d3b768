package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imageledger.infrastructure.access.Caller;

/** Reactivate a deactivated image (admin only). */
public record ReactivateImage(@TargetAggregateIdentifier String imageId, Caller caller) {}
