package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imageledger.infrastructure.access.Caller;

/** Stop sharing an image with a project (its owner or an admin). */
public record RemoveImageMember(@TargetAggregateIdentifier String imageId, String member, Caller caller) {}
