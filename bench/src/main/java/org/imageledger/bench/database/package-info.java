/** The run's PostgreSQL server, bulk loading into the service's tables, and the raw-SQL baselines. */
package org.imageledger.bench.database;
