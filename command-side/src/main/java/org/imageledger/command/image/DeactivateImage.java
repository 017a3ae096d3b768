package org.imageledger.command.image;

import org.imageledger.infrastructure.access.Caller;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deactivate an active image (admin only). */
public record DeactivateImage(@TargetAggregateIdentifier String imageId, Caller caller) {}
