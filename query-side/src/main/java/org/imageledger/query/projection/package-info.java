/** The image_metadata projection's writer: each batch of events folded into its images' rows, written together. */
package org.imageledger.query.projection;
