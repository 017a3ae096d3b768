package org.imageledger.standalone;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a subcommand runs it: the server's configuration and database, without the HTTP port. While it
 * runs it is one more query node, taking its fair share of the projection's segments.
 */
final class LedgerContext {

    private LedgerContext() {}

    static ConfigurableApplicationContext start(String[] springArgs) {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(springArgs);
    }
}
