package org.imageledger.command.image;

import org.imageledger.infrastructure.access.Caller;

/** Register a new image with the given id and initial values. */
public record CreateImage(String imageId, ImageValues values, Caller caller) {}
