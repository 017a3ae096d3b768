/** One process running both sides on one port over an embedded PostgreSQL, and the auditors' command line. */
package org.imageledger.standalone;
