package org.frontline.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web pages on other origins may call the application from a browser ({@code frontline.cors.*}).
 *
 * @param allowedOrigins origins such as {@code https://maps.example.org}, or patterns such as
 *                       {@code https://*.example.org}; none (the default): browsers refuse every other origin
 */
@ConfigurationProperties("frontline.cors")
public record CrossOriginProperties(@DefaultValue List<String> allowedOrigins) {

    public CrossOriginProperties {
        allowedOrigins = allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }
}
