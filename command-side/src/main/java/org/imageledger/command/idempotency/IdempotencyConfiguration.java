package org.imageledger.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.imageledger.infrastructure.store.SchemaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotency-Key for the write API: its table (own migrations and history, beside the event store's), the header's
 * filter, the command interceptor that stores answers with the events, and the purge of answers past their retention.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    Flyway idempotencySchema(DataSource dataSource) {
        Flyway flyway = SchemaMigration.of(dataSource, "db/idempotency", "idempotency_schema_history");
        flyway.migrate();
        return flyway;
    }

    @Bean
    StoredAnswers storedAnswers(
            Flyway idempotencySchema,
            JdbcTemplate jdbc,
            @Value("${image-ledger.idempotency.retention:24h}") Duration retention) {
        return new StoredAnswers(jdbc, retention);
    }

    /**
     * Axon puts every handler interceptor bean on the command bus, in bean order, the first outermost. This one comes
     * last, right around the handler, whose result (the image) it stores.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    IdempotencyInterceptor idempotencyInterceptor(StoredAnswers answers, ObjectMapper json) {
        return new IdempotencyInterceptor(answers, json);
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter() {
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter());
        // after authentication: a key belongs to the caller's project
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return registration;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService idempotencyPurge(
            StoredAnswers answers, @Value("${image-ledger.idempotency.purge-interval:1h}") Duration interval) {
        ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        purge.scheduleWithFixedDelay(
                () -> {
                    try {
                        answers.purge();
                    } catch (RuntimeException e) {
                        log.warn(
                                "Purging expired Idempotency-Key answers failed; the next round retries: {}",
                                e.toString());
                    }
                },
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return purge;
    }
}
