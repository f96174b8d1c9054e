package org.frontline.graphql;

import graphql.parser.ParserOptions;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Caps the length and the token count of each document before graphql-java parses it, through the per-request
 * parser options graphql-java reads from the GraphQL context (the JVM-wide defaults stay untouched: 1 MB, 15,000
 * tokens). A document over a cap is refused as a syntax error, so the HTTP status is 400.
 */
class ParserLimitsInterceptor implements WebGraphQlInterceptor {

    private final ParserOptions parserOptions;

    ParserLimitsInterceptor(GraphQlLimits limits) {
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxCharacters(limits.maxCharacters())
                .maxTokens(limits.maxTokens()));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(ParserOptions.class, parserOptions)).build());
        return chain.next(request);
    }
}
