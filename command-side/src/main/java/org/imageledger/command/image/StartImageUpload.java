package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imageledger.infrastructure.access.Caller;

/** Begin receiving a queued image's data: it is {@code saving} until the upload completes or fails. */
public record StartImageUpload(@TargetAggregateIdentifier String imageId, Caller caller) {}
