package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imageledger.events.ImageData;

/** The saving image's data is stored durably: it becomes {@code active}. */
public record CompleteImageUpload(@TargetAggregateIdentifier String imageId, ImageData data) {}
