package org.imageledger.query.progress;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads of the projection (an image, the image list, an image's data and members) pass the position check before
 * their handler runs. Nothing else waits: not the event feed, which reads the event table; not the version documents,
 * schemas or health; not errors.
 */
@Configuration(proxyBeanMethods = false)
class ProgressWebConfiguration implements WebMvcConfigurer {

    private final MinPositionInterceptor minPosition;

    ProgressWebConfiguration(MinPositionInterceptor minPosition) {
        this.minPosition = minPosition;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(minPosition)
                .addPathPatterns(
                        "/v2/images",
                        "/v2/images/*",
                        "/v2/images/*/file",
                        "/v2/images/*/members",
                        "/v2/images/*/members/*");
    }
}
