package org.imageledger.infrastructure.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Makes Tomcat's own refusals speak the error shape: {@link JsonErrorReportValve} in place of every other error report
 * valve on its host, TRACE passed on to the handlers (which refuse it with 405) rather than refused bare, and the
 * connector's note on a malformed request head kept to one line, without the stack trace it logs at INFO.
 */
final class JsonTomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final String REQUEST_HEAD_PARSER = "org.apache.coyote.http11.Http11Processor";

    private final LoggingSystem logging;

    JsonTomcatErrors(LoggingSystem logging) {
        this.logging = logging;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        logging.setLogLevel(REQUEST_HEAD_PARSER, LogLevel.WARN);
        factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new JsonErrorReportValve());
            // the host adds a valve of this class when it starts unless it finds one of that exact class
            ((StandardHost) context.getParent()).setErrorReportValveClass(JsonErrorReportValve.class.getName());
        });
    }

    @Override
    public int getOrder() {
        // after Spring Boot's customizer, whose context customizer adds the valve this one replaces
        return Ordered.LOWEST_PRECEDENCE;
    }
}
