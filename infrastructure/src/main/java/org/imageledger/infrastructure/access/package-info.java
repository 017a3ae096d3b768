/** Who is calling: tokens, the project and roles they stand for, and the visibility rules of images. */
package org.imageledger.infrastructure.access;
