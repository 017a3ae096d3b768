package org.imageledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A command node on its own: the write API over an external PostgreSQL, beside any number of others. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CommandSideConfiguration.class)
public class CommandNodeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandNodeApplication.class, args);
    }
}
