package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imageledger.infrastructure.access.Caller;

/** Deactivate an active image (admin only). */
public record DeactivateImage(@TargetAggregateIdentifier String imageId, Caller caller) {}
