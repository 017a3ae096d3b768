/**
 * The Glance read API over the image_metadata tables: one image, its members and its data, and the filtered, sorted,
 * keyset-paged list with its links.
 */
package org.imageledger.query.images;
