/**
 * How far the image_metadata projection has got, and reads that wait for it: {@code Min-Position} and, inside one
 * process, read-your-writes.
 */
package org.imageledger.query.progress;
