package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeApplication;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.imageledger.testing.OtherNodeIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two query nodes on one database: they split the segments between them, each answers how far the projection has got
 * although the other applies half the events, and one takes the other's share when it leaves.
 */
class TwoQueryNodesIT extends QueryNodeTest {

    @Autowired
    HikariDataSource dataSource;

    @Test
    void nodesShareTheSegmentsAndSeeEachOthersProgress() {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(
                        QueryNodeApplication.class, OtherNodeIdentity.class)
                .run(
                        "--server.port=0",
                        "--image-ledger.datasource.url=" + dataSource.getJdbcUrl(),
                        "--image-ledger.datasource.username=" + dataSource.getUsername(),
                        "--image-ledger.datasource.password=" + dataSource.getPassword())) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> owners().contains(OtherNodeIdentity.NODE_ID)
                            && owners().stream().distinct().count() == 2);

            long position = appendToManyImages();
            assertThat(progress.awaitApplied(position, Duration.ofSeconds(10))).isTrue();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !owners().contains(OtherNodeIdentity.NODE_ID));
        long position = appendToManyImages();
        assertThat(progress.awaitApplied(position, Duration.ofSeconds(10))).isTrue();
    }

    /** Images enough that both segments get events; the position of the last. */
    private long appendToManyImages() {
        long position = 0;
        for (int i = 0; i < 20; i++) {
            position = ledger.append(LedgerEvents.created(LedgerEvents.newId(), "two-nodes"));
        }
        return position;
    }

    private List<String> owners() {
        return jdbc.queryForList(
                "SELECT coalesce(owner, '') FROM tokenentry WHERE processorname = ? ORDER BY segment",
                String.class,
                ImageMetadataProcessorConfiguration.NAME);
    }
}
