package org.imageledger.standalone;

import org.imageledger.command.CommandSideConfiguration;
import org.imageledger.query.QuerySideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * Both sides in one process on 127.0.0.1:9292, over the embedded PostgreSQL in {@code ./data} unless told otherwise.
 * A client that writes and then reads sees its write. A known subcommand ({@link LedgerCommands}) runs instead of
 * the server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
@PropertySource("classpath:standalone.properties")
public class StandaloneApplication {

    public static void main(String[] args) {
        if (LedgerCommands.handles(args)) {
            System.exit(LedgerCommands.run(args));
        }
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
