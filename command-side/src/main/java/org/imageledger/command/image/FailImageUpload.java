package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The upload of a saving image ended without its data: it is {@code queued} again. Nothing when it is not saving. */
public record FailImageUpload(@TargetAggregateIdentifier String imageId, String reason) {}
