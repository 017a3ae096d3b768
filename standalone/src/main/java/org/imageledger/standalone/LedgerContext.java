package org.imageledger.standalone;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a subcommand runs it: the server's configuration and database, without the HTTP port. While it
 * runs it is one more query node, taking its fair share of the projection's segments. On the embedded default it
 * joins the PostgreSQL of a server running on the same data directory, which cannot have a second one; with no server
 * running it starts its own there and stops it when done.
 */
final class LedgerContext {

    private LedgerContext() {}

    static ConfigurableApplicationContext start(String[] springArgs) {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("image-ledger.join-running=true")
                .run(springArgs);
    }
}
