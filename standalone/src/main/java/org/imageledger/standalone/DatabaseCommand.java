package org.imageledger.standalone;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.imageledger.infrastructure.store.EmbeddedDatabase;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * Runs the embedded PostgreSQL alone until the process is stopped, on the data directory the service would use, so
 * that command and query nodes started as separate processes can share it by URL.
 */
@Command(
        name = "database",
        mixinStandardHelpOptions = true,
        description = {
            "Run the embedded PostgreSQL alone, for command and query nodes started separately; stop it with a signal.",
            "Its files are in DIR/postgres for --image-ledger.data-dir=DIR (or IMAGE_LEDGER_DATA_DIR), default ./data.",
            "It admits only the role ledger, by the password in DIR/database-password, over TCP on 127.0.0.1."
        })
class DatabaseCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Port on 127.0.0.1; 0, the default, takes any free one.")
    int port;

    @Unmatched
    String[] springArgs = new String[0];

    @Override
    public Integer call() throws InterruptedException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs));
        ConfigurationPropertySources.attach(environment);
        startLogging(environment);
        Path dataDir = Binder.get(environment)
                .bind("image-ledger.data-dir", Path.class)
                .orElse(Path.of("data"));
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.serve(dataDir, port);
        } catch (IllegalStateException e) {
            System.err.println("database: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(database, stopped), "database-stop"));
        System.out.printf(
                "PostgreSQL ready: --image-ledger.datasource.url=jdbc:postgresql://127.0.0.1:%d/postgres"
                        + " --image-ledger.datasource.username=%s, password in %s (data in %s)%n",
                database.port(),
                database.credentials().username(),
                dataDir.toAbsolutePath().resolve("database-password"),
                dataDir.toAbsolutePath());
        stopped.await();
        return 0;
    }

    /** Spring Boot's console logging at INFO, as the nodes log, rather than the logging library's debug default. */
    private static void startLogging(StandardEnvironment environment) {
        LoggingSystem logging = LoggingSystem.get(DatabaseCommand.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
    }

    private static void stop(EmbeddedDatabase database, CountDownLatch stopped) {
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("Stopping PostgreSQL failed: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
