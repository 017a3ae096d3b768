package org.imageledger.query.processor;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pooled streaming processor that feeds image_metadata. Its mode, segments, threads and batch size are Axon's
 * {@code axon.eventhandling.processors.image-metadata.*} properties; this adds what they cannot express.
 */
@Configuration(proxyBeanMethods = false)
public class ImageMetadataProcessorConfiguration {

    /** The processor's name, which is also its processing group and its key in the token table. */
    public static final String NAME = "image-metadata";

    /**
     * A segment that receives no events of its own stores its advanced token only once per claim extension: the
     * short threshold keeps the token table, which other nodes read to answer {@code Min-Position}, close behind.
     */
    @Autowired
    void configure(
            EventProcessingConfigurer processing,
            SignallingEventSource eventSource,
            FairShareOfSegments fairShare,
            JdbcTemplate jdbc,
            @Value("${image-ledger.projection.claim-extension-threshold}") Duration claimExtensionThreshold) {
        processing.registerPooledStreamingEventProcessorConfiguration(
                NAME,
                (configuration, builder) -> builder.messageSource(eventSource)
                        .maxSegmentProvider(fairShare)
                        .claimExtensionThreshold(claimExtensionThreshold.toMillis()));
        processing.registerHandlerInterceptor(NAME, configuration -> new AsynchronousCommit(jdbc));
    }
}
