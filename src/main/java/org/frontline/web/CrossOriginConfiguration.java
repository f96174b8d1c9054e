package org.frontline.web;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for front-ends served from other origins: the origins in {@code frontline.cors.allowed-origins} may send
 * GraphQL requests (and read every other answer of the application's endpoints) from a browser, with the
 * {@code Authorization} header that mutations need; a preflight or a request from any other origin is refused. With
 * no origin listed nothing is registered, and browsers keep every other origin out as they do by default.
 * Credentials (cookies) are never allowed: the API has no session, and the admin token travels in a header.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrossOriginProperties.class)
class CrossOriginConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CrossOriginConfiguration.class);
    /** How long a browser may reuse a preflight's answer. */
    static final Duration PREFLIGHT_MAX_AGE = Duration.ofMinutes(30);

    private final CrossOriginProperties properties;

    CrossOriginConfiguration(CrossOriginProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (properties.allowedOrigins().isEmpty()) {
            return;
        }
        log.info("CORS: pages from {} may call the API", properties.allowedOrigins());
        registry.addMapping("/**")
                .allowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods(HttpMethod.GET.name(), HttpMethod.POST.name())
                .allowedHeaders(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION)
                .allowCredentials(false)
                .maxAge(PREFLIGHT_MAX_AGE.toSeconds());
    }
}
