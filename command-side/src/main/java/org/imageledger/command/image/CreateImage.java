package org.imageledger.command.image;

/** Register a new image with the given id and initial values. */
public record CreateImage(String imageId, ImageValues values) {}
