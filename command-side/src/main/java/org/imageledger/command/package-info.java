/** The write side of Image Ledger: its configuration and its runnable node. */
package org.imageledger.command;
