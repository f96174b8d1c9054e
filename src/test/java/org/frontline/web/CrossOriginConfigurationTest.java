package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

/** Which origins the CORS configuration lets in, without a server. */
class CrossOriginConfigurationTest {

    @Test
    void withNoOriginConfiguredNothingIsRegistered() {
        assertThat(mappings(new CrossOriginProperties(List.of()))).isEmpty();
        assertThat(mappings(new CrossOriginProperties(List.of(" ", "")))).as("blank entries, e.g. an empty variable")
                .isEmpty();
    }

    @Test
    void listedOriginsAndPatternsAreLetInAndNoOther() {
        CorsConfiguration everything = mappings(new CrossOriginProperties(
                List.of("https://maps.example.org", " https://*.newsroom.example "))).get("/**");

        assertThat(everything.checkOrigin("https://maps.example.org")).isEqualTo("https://maps.example.org");
        assertThat(everything.checkOrigin("https://desk.newsroom.example")).isEqualTo("https://desk.newsroom.example");
        assertThat(everything.checkOrigin("http://maps.example.org")).as("another scheme").isNull();
        assertThat(everything.checkOrigin("https://maps.example.org.evil.example")).isNull();
        assertThat(everything.getAllowCredentials()).isFalse();
    }

    private static Map<String, CorsConfiguration> mappings(CrossOriginProperties properties) {
        RecordingRegistry registry = new RecordingRegistry();
        new CrossOriginConfiguration(properties).addCorsMappings(registry);
        return registry.configurations();
    }

    private static final class RecordingRegistry extends CorsRegistry {
        Map<String, CorsConfiguration> configurations() {
            return getCorsConfigurations();
        }
    }
}
