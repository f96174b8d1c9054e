package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * CORS over HTTP against the running service, whose test configuration allows pages from
 * {@code http://maps.allowed.example} ({@code frontline.cors.allowed-origins}) and no other origin.
 */
@IntegrationTest
class CrossOriginTest {

    private static final String ALLOWED = "http://maps.allowed.example";
    private static final String REFUSED = "https://elsewhere.example";
    private static final String QUERY = "{\"query\": \"{ events(first: 1) { totalCount } }\"}";

    @Autowired
    WebTestClient http;

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        http.options().uri("/graphql")
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods)
                        .contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers)
                        .containsIgnoringCase("content-type").containsIgnoringCase("authorization"))
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE,
                        String.valueOf(CrossOriginConfiguration.PREFLIGHT_MAX_AGE.toSeconds()))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        http.options().uri("/graphql")
                .header(HttpHeaders.ORIGIN, REFUSED)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aPreflightForAMethodTheApiDoesNotTakeIsRefused() {
        http.options().uri("/graphql")
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aQueryFromTheAllowedOriginGetsItsAnswerWithTheOriginAllowed() {
        query(ALLOWED)
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .expectBody().jsonPath("$.data.events.totalCount").isNumber();
    }

    @Test
    void aQueryFromAnotherOriginIsRefused() {
        query(REFUSED)
                .expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aQueryWithoutAnOriginIsNotAffected() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    private WebTestClient.ResponseSpec query(String origin) {
        return http.method(HttpMethod.POST).uri("/graphql")
                .header(HttpHeaders.ORIGIN, origin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(QUERY)
                .exchange();
    }
}
