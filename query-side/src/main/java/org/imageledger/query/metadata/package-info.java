/** The image_metadata projection and the Glance read API over it: one image, and the filtered, sorted, paged list. */
package org.imageledger.query.metadata;
