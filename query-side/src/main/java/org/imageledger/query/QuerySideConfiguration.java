package org.imageledger.query;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.imageledger.infrastructure.access.AccessConfiguration;
import org.imageledger.infrastructure.imagedata.ImageDataConfiguration;
import org.imageledger.infrastructure.store.EventStoreConfiguration;
import org.imageledger.infrastructure.store.SchemaMigration;
import org.imageledger.infrastructure.web.WebConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The query side: the image_metadata projection and the read API over it. An application runs it by importing this
 * class, alone ({@link QueryNodeApplication}) or next to the command side.
 */
@Configuration(proxyBeanMethods = false)
// not the launcher beside this class (another application imports this one), nor test-only configuration
@ComponentScan(
        excludeFilters = {
            @Filter(SpringBootConfiguration.class),
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
        })
@Import({EventStoreConfiguration.class, WebConfiguration.class, AccessConfiguration.class, ImageDataConfiguration.class
})
@PropertySource("classpath:query-side.properties")
public class QuerySideConfiguration {

    /** The query side's tables; beans that touch them depend on this one, so they exist before any event arrives. */
    public static final String SCHEMA = "querySchema";

    @Bean(SCHEMA)
    Flyway querySchema(DataSource dataSource) {
        Flyway flyway = SchemaMigration.of(dataSource, "db/query", "query_schema_history");
        flyway.migrate();
        return flyway;
    }
}
