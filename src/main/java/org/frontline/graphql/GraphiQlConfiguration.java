package org.frontline.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql} that works offline. Spring's own page loads GraphiQL from a CDN and stays blank
 * without internet (here, and in the restricted networks many analysts work in), so it is switched off
 * ({@code spring.graphql.graphiql.enabled=false}) and this page, whose scripts and styles come from WebJars inside
 * the jar, takes its place. Its default query is a linked sample query.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frontline.graphiql.enabled", havingValue = "true", matchIfMissing = true)
class GraphiQlConfiguration {

    static final String PATH = "/graphiql";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> offlineGraphiQl(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath)
            throws IOException {
        // relative to the page, so that the page also works behind a servlet context path
        String page = new ClassPathResource("graphiql-offline/index.html").getContentAsString(StandardCharsets.UTF_8)
                .replace("{{graphqlPath}}", graphQlPath.replaceFirst("^/", ""));
        return RouterFunctions.route()
                .GET(PATH, request -> ServerResponse.ok().contentType(HTML).body(page))
                .build();
    }
}
