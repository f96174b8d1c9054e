package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * HTTP statuses as the GraphQL-over-HTTP specification asks for them. With the
 * {@code application/graphql-response+json} media type, a request that cannot be executed (malformed, invalid, or
 * over a limit) is a 400; a request that was executed answers 200, its field errors (bad cursor, unknown ID) in
 * {@code errors}. Legacy {@code application/json} clients always get 200. Errors carry a classification and a
 * message, never a stack trace.
 */
@IntegrationTest
class HttpStatusTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @Autowired
    WebTestClient http;

    @Test
    void aMalformedDocumentIsABadRequest() {
        post("{ events(first: 1 { totalCount } }", Map.of(), GRAPHQL_RESPONSE)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(GRAPHQL_RESPONSE)
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("InvalidSyntax")
                .jsonPath("$.errors[0].message")
                .value(message -> assertThat((String) message).startsWith("Invalid syntax"));
    }

    @Test
    void legacyJsonClientsGetTheSameErrorsWithStatus200() {
        post("{ events(first: 1 { totalCount } }", Map.of(), MediaType.APPLICATION_JSON)
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("InvalidSyntax");
    }

    @Test
    void aDocumentThatDoesNotFitTheSchemaIsABadRequest() {
        expectValidationError("{ battles { edges { node { id } } } }", Map.of(),
                "Validation error (FieldUndefined@[battles]) : Field 'battles' in type 'Query' is undefined");
        expectValidationError("{ events(orderBy: SIDEWAYS) { totalCount } }", Map.of(), null);
        expectValidationError("{ events(filter: { types: [SKIRMISH] }) { totalCount } }", Map.of(), null);
    }

    @Test
    void aDateThatIsNotADateIsABadRequest() {
        expectValidationError("{ events(filter: { from: \"10/09/2022\" }) { totalCount } }", Map.of(), null);
        post("query ($from: Date) { events(filter: { from: $from }) { totalCount } }", Map.of("from", "yesterday"),
                GRAPHQL_RESPONSE)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("'yesterday' is not a date of the form YYYY-MM-DD"));
    }

    @Test
    void anExecutedRequestAnswers200EvenWithFieldErrors() {
        post("{ events(first: 1, after: \"bogus\") { totalCount } }", Map.of(), GRAPHQL_RESPONSE)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").isEmpty()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].path[0]").isEqualTo("events");
        post("{ node(id: \"RXZlbnQ6OTk5OTk5OTk5\") { id } }", Map.of(), GRAPHQL_RESPONSE)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data.node").isEmpty()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_FOUND");
    }

    @Test
    void errorsNeverShowAStackTrace() {
        for (String document : new String[] {"{ events(first: 1 { totalCount } }", "{ node(id: \"x\") { id } }",
                "{ events(first: 1000) { totalCount } }", "{ search(text: \" \") { __typename } }"}) {
            String body = post(document, Map.of(), GRAPHQL_RESPONSE).expectBody(String.class).returnResult()
                    .getResponseBody();
            assertThat(body).contains("\"errors\"").doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("org.frontline").doesNotContain("org.springframework");
        }
    }

    @Test
    void onlyPostIsServedAndABatchOfRequestsIsRefused() {
        http.get().uri("/graphql?query=query").exchange().expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]")
                .exchange().expectStatus().isBadRequest();
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue("{ not json").exchange().expectStatus().isBadRequest();
    }

    private void expectValidationError(String document, Map<String, Object> variables, String message) {
        WebTestClient.BodyContentSpec body = post(document, variables, GRAPHQL_RESPONSE)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("ValidationError");
        if (message != null) {
            body.jsonPath("$.errors[0].message").isEqualTo(message);
        }
    }

    private WebTestClient.ResponseSpec post(String document, Map<String, Object> variables, MediaType accept) {
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(accept)
                .bodyValue(Map.of("query", document, "variables", variables))
                .exchange();
    }
}
