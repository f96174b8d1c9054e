package org.frontline.graphql;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one GraphQL request may ask for (properties {@code frontline.graphql.limits.*}). The defaults follow the
 * OWASP GraphQL cheat sheet and graphql-armor; the depth of 15 is what the standard introspection query needs.
 *
 * @param maxDepth      how deeply fields may nest (a top-level field has depth 1)
 * @param maxAliases    how many aliased fields an operation may hold, fragments included
 * @param maxTokens     how many grammar tokens a document may hold
 * @param maxCharacters how long a document may be
 * @param timeout       how long a request may run before it is cancelled (also each SQL statement's timeout)
 */
@ConfigurationProperties("frontline.graphql.limits")
public record GraphQlLimits(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("15") int maxAliases,
        @DefaultValue("2000") int maxTokens,
        @DefaultValue("15000") int maxCharacters,
        @DefaultValue("10s") Duration timeout) {

    /** A JdbcTemplate for the API's own SQL, whose statements time out with the request. */
    public JdbcTemplate jdbcTemplate(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
        return template;
    }
}
