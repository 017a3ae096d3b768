package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensFileTest {

    @TempDir
    Path dir;

    @Test
    void readsOneGrantPerLineSkippingCommentsAndBlankLines() throws Exception {
        Path file = tokens("# operators\nsecret-1=ops:admin\n\n  secret-2 = demo:reader+member  \n", "rw-------");
        assertThat(TokensFile.read(file)).isEqualTo(Map.of("secret-1", "ops:admin", "secret-2", "demo:reader+member"));
    }

    @Test
    void refusesAFileOthersMayRead() throws Exception {
        Path file = tokens("secret=ops:admin\n", "rw-r-----");
        assertThatThrownBy(() -> TokensFile.read(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        assertThatThrownBy(() -> TokensFile.read(file)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesALineThatIsNoGrant() throws Exception {
        Path file = tokens("just-a-token\n", "rw-------");
        assertThatThrownBy(() -> TokensFile.read(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("just-a-token");
    }

    private Path tokens(String text, String permissions) throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
