/**
 * What the modules' tests share, in test scope only: one plain HTTP client for the ledger's API, and the identity of a
 * second query node started in the test's JVM.
 */
package org.imageledger.testing;
