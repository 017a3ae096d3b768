package org.imageledger.query.progress;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Reads pass the position check before their handler runs; error pages never wait. */
@Configuration(proxyBeanMethods = false)
class ProgressWebConfiguration implements WebMvcConfigurer {

    private final MinPositionInterceptor minPosition;

    ProgressWebConfiguration(MinPositionInterceptor minPosition) {
        this.minPosition = minPosition;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(minPosition).excludePathPatterns("/error");
    }
}
