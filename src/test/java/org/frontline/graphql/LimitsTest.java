package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What one request may ask for (OWASP GraphQL cheat sheet, graphql-armor): depth 15 (the standard introspection
 * query needs 15), 15 aliases, 2,000 tokens, 15,000 characters. A document over a limit is refused before anything
 * runs, with HTTP 400 as GraphQL over HTTP asks for a request that cannot be executed.
 */
@IntegrationTest
class LimitsTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @Autowired
    WebTestClient http;

    @Test
    void fieldsMayNestFifteenLevelsDeep() {
        post(placesNested(15)).expectStatus().isOk()
                .expectBody().jsonPath("$.errors").doesNotExist();
        post(placesNested(16)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].message")
                .isEqualTo("The operation nests fields 16 levels deep; at most 15 are allowed.")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("ExecutionAborted");
    }

    @Test
    void theStandardIntrospectionQueryIsWithinTheLimits() {
        post(introspectionQuery()).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.__schema.queryType.name").isEqualTo("Query");
    }

    @Test
    void anOperationMayUseFifteenAliasesFragmentsIncluded() {
        post(aliased(15)).expectStatus().isOk().expectBody().jsonPath("$.errors").doesNotExist();
        post(aliased(16)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("The operation uses 16 aliases; at most 15 are allowed.")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("ExecutionAborted");
    }

    @Test
    void aDocumentMayHoldTwoThousandTokens() {
        post(withTokens(2000)).expectStatus().isOk()
                .expectBody().jsonPath("$.errors").doesNotExist();
        post(withTokens(2001)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("More than 2,000 'grammar' tokens have been presented."))
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("InvalidSyntax");
    }

    @Test
    void aDocumentMayBeFifteenThousandCharactersLong() {
        String query = "{ __typename }\n# ";
        post(query + "x".repeat(15_000 - query.length())).expectStatus().isOk();
        post(query + "x".repeat(15_001 - query.length())).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("More than 15,000 characters have been presented."))
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("InvalidSyntax");
    }

    /** {@code places { edges { node { region { region ... { name } } } } } } with {@code depth} levels of fields. */
    private static String placesNested(int depth) {
        int regions = depth - 4; // places, edges, node and name take four levels
        return "{ places(first: 1) { edges { node { " + "region { ".repeat(regions) + "name"
                + " }".repeat(regions) + " } } } }";
    }

    /**
     * A valid document of {@code count} grammar tokens: a list of enum values, each one token, amid 16 others and the
     * end of the document, which graphql-java counts too.
     */
    private static String withTokens(int count) {
        return "{ events(filter: { types: [" + " OTHER".repeat(count - 17) + " ] }) { totalCount } }";
    }

    /** {@code count} aliases, five of them in a fragment. */
    private static String aliased(int count) {
        StringBuilder fields = new StringBuilder();
        for (int i = 5; i < count; i++) {
            fields.append(" t").append(i).append(": __typename");
        }
        // language=GraphQL
        return """
                query { ...Five %s }
                fragment Five on Query { t0: __typename t1: __typename t2: __typename t3: __typename t4: __typename }
                """.formatted(fields);
    }

    /**
     * The introspection query of graphql-js's {@code getIntrospectionQuery()} (which GraphiQL sends), whose type
     * references nest nine {@code ofType} levels: depth 15.
     */
    private static String introspectionQuery() {
        String typeRef = "kind name " + "ofType { kind name ".repeat(9) + "}".repeat(9);
        // language=GraphQL
        return """
                query IntrospectionQuery {
                  __schema {
                    queryType { name } mutationType { name } subscriptionType { name }
                    types { ...FullType }
                    directives {
                      name description isRepeatable locations args(includeDeprecated: true) { ...InputValue }
                    }
                  }
                }
                fragment FullType on __Type {
                  kind name description specifiedByURL isOneOf
                  fields(includeDeprecated: true) {
                    name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef }
                    isDeprecated deprecationReason
                  }
                  inputFields(includeDeprecated: true) { ...InputValue }
                  interfaces { ...TypeRef }
                  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
                  possibleTypes { ...TypeRef }
                }
                fragment InputValue on __InputValue {
                  name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
                }
                fragment TypeRef on __Type { %s }
                """.formatted(typeRef);
    }

    private WebTestClient.ResponseSpec post(String query) {
        return http.post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", query))
                .exchange();
    }
}
