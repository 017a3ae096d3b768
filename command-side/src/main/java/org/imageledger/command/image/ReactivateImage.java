package org.imageledger.command.image;

import org.imageledger.infrastructure.access.Caller;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reactivate a deactivated image (admin only). */
public record ReactivateImage(@TargetAggregateIdentifier String imageId, Caller caller) {}
