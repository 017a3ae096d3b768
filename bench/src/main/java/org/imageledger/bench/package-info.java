/** One benchmark run of the standalone service, each figure beside raw PostgreSQL measured in the same run. */
package org.imageledger.bench;
