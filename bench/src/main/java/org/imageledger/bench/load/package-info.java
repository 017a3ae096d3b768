/** Closed-loop load generation and latency percentiles, the same for the service and for its baselines. */
package org.imageledger.bench.load;
