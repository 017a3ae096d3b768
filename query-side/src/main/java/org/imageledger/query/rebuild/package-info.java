/**
 * Rebuilding the image_metadata projection beside the live tables: fresh tables filled from a snapshot of the events,
 * image by image, then from the events since in large pages, verified against the fold of the events, then swapped in
 * atomically; plus its admin API and progress.
 */
package org.imageledger.query.rebuild;
