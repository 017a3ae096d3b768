/**
 * Idempotency-Key on writes: the answer to a keyed request is stored with its events, and a retry gets it back
 * instead of writing again.
 */
package org.imageledger.command.idempotency;
