package org.imageledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class BenchOptionsTest {

    private static final String[] REQUIRED = {"--service-jar", "s.jar", "--work-dir", "work", "--results", "results"};

    @Test
    void readsEveryOption() {
        BenchOptions options = BenchOptions.parse(
                "--quick",
                "--scale-out",
                "--only",
                "history,rebuild",
                "--service-jvm-option",
                "-Xmx256m",
                "--service-jvm-option",
                "-XX:+UseSerialGC",
                "--service-jar",
                "s.jar",
                "--command-jar",
                "c.jar",
                "--query-jar",
                "q.jar",
                "--work-dir",
                "work",
                "--results",
                "results",
                "--commit",
                "abc123");

        assertThat(options.scale()).isEqualTo(Scale.quick());
        assertThat(options.scaleOut()).isTrue();
        assertThat(options.only()).isEqualTo(Set.of("history", "rebuild"));
        assertThat(options.measures("history")).isTrue();
        assertThat(options.measures("patch")).isFalse();
        assertThat(options.serviceJvmOptions()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(List.of(
                        options.serviceJar(),
                        options.commandJar(),
                        options.queryJar(),
                        options.workDir(),
                        options.resultsDir()))
                .containsExactly(
                        Path.of("s.jar"), Path.of("c.jar"), Path.of("q.jar"), Path.of("work"), Path.of("results"));
        assertThat(options.commit()).isEqualTo("abc123");
    }

    @Test
    void measuresEverythingAtFullScaleByDefault() {
        BenchOptions options = BenchOptions.parse(REQUIRED);

        assertThat(options.scale()).isEqualTo(Scale.full());
        assertThat(options.scaleOut()).isFalse();
        assertThat(options.measures("data")).isTrue();
        assertThat(options.commit()).isNull();
    }

    @Test
    void refusesAnUnknownSectionAMissingJarAndAnUnknownOption() {
        assertThatThrownBy(() -> BenchOptions.parse(with("--only", "patch,nope")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("not nope");
        assertThatThrownBy(() -> BenchOptions.parse(with("--scale-out", "--query-jar", "q.jar")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("--command-jar");
        assertThatThrownBy(() -> BenchOptions.parse("--work-dir", "work", "--results", "results"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("--service-jar");
        assertThatThrownBy(() -> BenchOptions.parse(with("--fast")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("--fast");
    }

    private static String[] with(String... more) {
        String[] args = new String[REQUIRED.length + more.length];
        System.arraycopy(more, 0, args, 0, more.length);
        System.arraycopy(REQUIRED, 0, args, more.length, REQUIRED.length);
        return args;
    }
}
