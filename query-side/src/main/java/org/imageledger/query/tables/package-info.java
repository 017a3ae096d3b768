/** The image_metadata tables: how they keep what the projection, the read API and the rebuild store in them. */
package org.imageledger.query.tables;
