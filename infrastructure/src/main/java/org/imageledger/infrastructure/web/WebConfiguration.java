package org.imageledger.infrastructure.web;

import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;

/** The shared HTTP conventions; each application imports this once. */
@Configuration(proxyBeanMethods = false)
@Import({CommonErrorHandling.class, JsonErrorController.class})
@PropertySource("classpath:web.properties")
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Runs after Spring Boot's own Tomcat settings, which put a plain {@code ErrorReportValve} on the host: that one
     * is replaced, so Tomcat's refusals carry the error shape too.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonTomcatErrors(LoggingSystem logging) {
        return new JsonTomcatErrors(logging);
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter() {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
