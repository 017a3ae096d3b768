/** The PostgreSQL event store that the write and read sides meet in, and the database they run on. */
package org.imageledger.infrastructure.store;
