/** The events of an image's life, the contract between the write and read sides, and their pure fold. */
package org.imageledger.events;
