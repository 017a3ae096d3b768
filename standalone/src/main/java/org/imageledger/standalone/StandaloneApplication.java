package org.imageledger.standalone;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.imageledger.command.CommandSideConfiguration;
import org.imageledger.query.QuerySideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * Both sides in one process on 127.0.0.1:9292, over the embedded PostgreSQL in {@code ./data} unless told otherwise.
 * A client that writes and then reads sees its write. Given a command of {@link LedgerCommands} as its first argument
 * ({@code history}, {@code export}, {@code rebuild}, {@code verify}, {@code database}), it runs that instead.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
@PropertySource("classpath:standalone.properties")
public class StandaloneApplication {

    public static void main(String[] args) {
        if (LedgerCommands.handles(args)) {
            System.exit(LedgerCommands.run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
        }
        SpringApplication.run(StandaloneApplication.class, args);
    }

    /** Java 17 would encode the console in the platform charset, which mangles the arrows and any non-ASCII value. */
    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }
}
