package org.imageledger.infrastructure.imagedata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imageledger.infrastructure.store.LedgerDatabaseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The image data store: files in {@code image-ledger.data.dir}, by default {@code images} in the data directory, so
 * that every process on one data directory shares it. An ephemeral ledger (tests) keeps them in a temporary
 * directory, removed when the context closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImageDataLimits.class, LedgerDatabaseProperties.class})
public class ImageDataConfiguration {

    @Bean
    ImageDataDirectory imageDataDirectory(
            LedgerDatabaseProperties ledger, @Value("${image-ledger.data.dir:}") String configured) throws IOException {
        if (!configured.isBlank()) {
            return new ImageDataDirectory(Path.of(configured), false);
        }
        if (ledger.ephemeral()) {
            return new ImageDataDirectory(Files.createTempDirectory("image-ledger-data"), true);
        }
        return new ImageDataDirectory(ledger.dataDir().resolve("images"), false);
    }

    @Bean
    ImageDataStore imageDataStore(ImageDataDirectory directory) throws IOException {
        return new FileSystemImageDataStore(directory.path());
    }

    /** Where the files are, and whether they go when the context closes. */
    public record ImageDataDirectory(Path path, boolean temporary) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (temporary) {
                FileSystemUtils.deleteRecursively(path);
            }
        }
    }
}
