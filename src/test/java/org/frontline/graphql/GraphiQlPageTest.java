package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GraphiQL at /graphiql works without internet: the page and everything it loads come from the application. */
@IntegrationTest
class GraphiQlPageTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern DEFAULT_QUERY = Pattern.compile("const defaultQuery = `([^`]+)`", Pattern.DOTALL);

    @Autowired
    WebTestClient http;
    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void thePageReferencesNoOutsideAddress() {
        String page = page();

        assertThat(page).contains("<div id=\"graphiql\">");
        assertThat(assets(page)).isNotEmpty().allSatisfy(asset -> assertThat(asset)
                .doesNotStartWith("http:").doesNotStartWith("https:").doesNotStartWith("//"));
        assertThat(page).doesNotContainPattern("(?i)(src|href|import|url)\\s*[=(]\\s*[\"'`]?(https?:)?//");
    }

    @Test
    void everyAssetThePageReferencesIsServed() {
        for (String asset : assets(page())) {
            String expectedType = asset.endsWith(".css") ? "text/css" : "text/javascript";
            byte[] body = http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 << 20)).build()
                    .get().uri("/" + asset).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(expectedType)
                    .expectBody().returnResult().getResponseBody();
            assertThat(body).as(asset).hasSizeGreaterThan(1000);
        }
    }

    @Test
    void theDefaultQueryIsALinkedQueryThatRuns() {
        Matcher defaultQuery = DEFAULT_QUERY.matcher(page());
        assertThat(defaultQuery.find()).isTrue();

        graphQl.document(defaultQuery.group(1)).execute()
                .path("sources.totalCount").hasValue()
                .path("sources.edges").hasValue();
    }

    private String page() {
        return http.get().uri("/graphiql").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** The addresses in src and href attributes, relative to /graphiql. */
    private static List<String> assets(String page) {
        return ASSET.matcher(page).results().map(match -> match.group(1)).toList();
    }
}
