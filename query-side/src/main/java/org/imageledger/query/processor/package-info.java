/**
 * The pooled streaming processor that runs the projection: the event source that wakes it, its fair share of segments
 * among the live query nodes, and its transactions that commit without waiting for the disk.
 */
package org.imageledger.query.processor;
