package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reactivate a deactivated image (admin only). */
public record ReactivateImage(@TargetAggregateIdentifier String imageId) {}
