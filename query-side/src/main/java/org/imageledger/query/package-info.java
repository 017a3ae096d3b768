/** The read side of the ledger: the image_metadata projection and the Glance read API over it. */
package org.imageledger.query;
