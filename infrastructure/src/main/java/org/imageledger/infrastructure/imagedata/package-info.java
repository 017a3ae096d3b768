/** Where images' bytes live: the store behind a small interface, its filesystem default and its limits. */
package org.imageledger.infrastructure.imagedata;
