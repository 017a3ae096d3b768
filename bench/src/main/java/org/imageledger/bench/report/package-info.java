/** The result of a run as one table for people and one JSON file per run for comparing runs. */
package org.imageledger.bench.report;
