package org.frontline.quality;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads every source with its places, people, quotes and events over HTTP, with score.py's query and paging. */
final class SourcesQuery {

    /** score.py's QUERY, word for word. */
    // language=GraphQL
    static final String QUERY = """
            query Sources($after: String) {
              sources(first: 50, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node {
                  id fileName
                  places { id name aliases kind latitude longitude }
                  people { id name aliases role }
                  quotes { id text speaker { __typename ... on Person { id name aliases } ... on Organization { id name aliases } } }
                  events { id type date places { id name aliases region { name aliases region { name aliases region { name aliases } } } } }
                } }
              }
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    SourcesQuery(URI endpoint) {
        this.endpoint = endpoint;
    }

    List<JsonNode> fetchAll() throws IOException, InterruptedException {
        List<JsonNode> sources = new ArrayList<>();
        String after = null;
        while (true) {
            JsonNode connection = post(after).get("sources");
            connection.get("edges").forEach(edge -> sources.add(edge.get("node")));
            if (!connection.get("pageInfo").get("hasNextPage").asBoolean()) {
                return sources;
            }
            after = connection.get("pageInfo").get("endCursor").asString();
        }
    }

    private JsonNode post(String after) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", QUERY);
        body.putObject("variables").put("after", after);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GraphQL answered HTTP " + response.statusCode() + ": "
                    + PythonText.head(response.body(), 2000));
        }
        JsonNode document = JSON.readTree(response.body());
        if (Json.truthy(document.get("errors"))) {
            throw new IllegalStateException("GraphQL errors: " + PythonText.head(document.get("errors").toString(), 2000));
        }
        return document.get("data");
    }
}
