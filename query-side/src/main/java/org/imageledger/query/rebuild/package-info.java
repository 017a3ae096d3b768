/**
 * Rebuilding the image_metadata projection beside the live tables: fresh tables filled from the events in large
 * pages, verified against the fold of the events, then swapped in atomically; plus its admin API and progress.
 */
package org.imageledger.query.rebuild;
