/** What the modules' tests share, in test scope only: one plain HTTP client for the ledger's API. */
package org.imageledger.testing;
