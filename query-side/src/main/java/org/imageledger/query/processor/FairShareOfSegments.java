package org.imageledger.query.processor;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * How many of the projection's segments this node may claim: its share among the live query nodes, rounded up.
 * Without Axon Server nothing rebalances a pooled processor, so the first node would keep every segment; with this
 * provider it releases the surplus when another node arrives, and claims a vanished node's share once that node's
 * claims time out.
 */
@Component
class FairShareOfSegments implements MaxSegmentProvider {

    private static final Logger log = LoggerFactory.getLogger(FairShareOfSegments.class);

    private final EventStoreTables tables;
    private final LiveQueryNodes nodes;
    private volatile int lastShare = Short.MAX_VALUE;

    FairShareOfSegments(EventStoreTables tables, LiveQueryNodes nodes) {
        this.tables = tables;
        this.nodes = nodes;
    }

    @Override
    public int getMaxSegments(String processorName) {
        try {
            int segments = tables.segmentCount(processorName);
            int live = nodes.count();
            lastShare = segments == 0 ? Short.MAX_VALUE : (segments + live - 1) / live;
        } catch (DataAccessException e) {
            log.warn("Cannot count segments or live nodes; keeping a share of {}", lastShare, e);
        }
        return lastShare;
    }
}
