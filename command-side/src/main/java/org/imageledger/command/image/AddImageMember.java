package org.imageledger.command.image;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imageledger.infrastructure.access.Caller;

/** Share a shared image with another project (its owner or an admin). */
public record AddImageMember(@TargetAggregateIdentifier String imageId, String member, Caller caller) {}
