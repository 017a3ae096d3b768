package org.imageledger.standalone;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command of the audit line, run in a small Spring context that wires the event store and the audit reads only.
 * It takes the service's settings as the service does ({@code --image-ledger.datasource.url=…}, environment
 * variables), and joins the embedded PostgreSQL of a service already running on the same data directory.
 */
abstract class AuditCommand implements Callable<Integer> {

    private static final Pattern SETTING = Pattern.compile("--[a-zA-Z][\\w.\\[\\]-]*=.*");

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        for (String setting : settings) {
            if (!SETTING.matcher(setting).matches()) {
                throw new ParameterException(
                        spec.commandLine(), "unexpected argument '" + setting + "' (settings read --name=value)");
            }
        }
        validate();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditCommandConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // standard output carries the command's answer, and failures are reported in one line
                .properties("logging.threshold.console=OFF", "image-ledger.join-running=true")
                .run(settings.toArray(String[]::new))) {
            return run(context);
        }
    }

    /** Refuses option values the parser accepted but the command cannot use. */
    void validate() {}

    abstract int run(ConfigurableApplicationContext context) throws Exception;
}
