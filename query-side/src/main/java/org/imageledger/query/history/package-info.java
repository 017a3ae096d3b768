/**
 * The audit API, read from the event stream rather than the projection: an image's history, the image as of a version
 * or an instant, who last set each field, and the global event feed.
 */
package org.imageledger.query.history;
