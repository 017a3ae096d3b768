package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeApplication;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two query nodes on one database: they split the segments between them, each answers how far the projection has got
 * although the other applies half the events, and one takes the other's share when it leaves.
 */
class TwoQueryNodesIT extends QueryNodeTest {

    private static final String OTHER_NODE = "other-query-node";

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
            await().atMost(Duration.ofSeconds(60)).until(() -> owners().contains(OTHER_NODE)
                    && owners().stream().distinct().count() == 2);

            long position = appendToManyImages();
            assertThat(progress.awaitApplied(position, Duration.ofSeconds(10))).isTrue();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !owners().contains(OTHER_NODE));
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

    /** Another process would claim segments under its own name; inside this one, the second node needs a name. */
    @Configuration(proxyBeanMethods = false)
    static class OtherNodeIdentity {

        @Bean
        TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
            return JdbcTokenStore.builder()
                    .connectionProvider(connections)
                    .serializer(serializer)
                    .nodeId(OTHER_NODE)
                    .build();
        }
    }
}
