package org.frontline.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.frontline.ingest.ArticleMetadata;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shapes an import reads: an article record ({@code text} plus the manifest's metadata fields) and the
 * metadata fields on their own (a manifest entry).
 */
final class ArticleJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** An article as a JSON record gives it. */
    record Article(String text, ArticleMetadata metadata) {
    }

    private ArticleJson() {
    }

    /**
     * @param firstLine the line of the file the JSON starts on, so that errors point into the file
     */
    static JsonNode parse(String json, int firstLine) throws UnreadableArticleException {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new UnreadableArticleException("malformed JSON " + where(e.getLocation(), firstLine, json) + ": "
                    + shortMessage(e));
        }
    }

    static Article article(JsonNode node) throws UnreadableArticleException {
        if (!node.isObject()) {
            throw new UnreadableArticleException("not a JSON object but " + kind(node));
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new UnreadableArticleException("no \"text\" field");
        }
        if (!text.isString()) {
            throw new UnreadableArticleException("\"text\" must be a string, not " + kind(text));
        }
        if (text.stringValue().isBlank()) {
            throw new UnreadableArticleException("empty \"text\"");
        }
        return new Article(text.stringValue(), metadata(node));
    }

    static ArticleMetadata metadata(JsonNode object) throws UnreadableArticleException {
        return new ArticleMetadata(string(object, "url"), string(object, "title"), string(object, "publisher"),
                string(object, "author"), date(object, "published"), string(object, "language"));
    }

    static String string(JsonNode object, String field) throws UnreadableArticleException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new UnreadableArticleException("\"" + field + "\" must be a string, not " + kind(value));
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static LocalDate date(JsonNode object, String field) throws UnreadableArticleException {
        String text = string(object, field);
        if (text == null) {
            return null;
        }
        try {
            return PublishedDate.parse(text);
        } catch (DateTimeException e) {
            throw new UnreadableArticleException("\"" + field + "\" is \"" + text + "\", " + PublishedDate.EXPECTED);
        }
    }

    private static String where(TokenStreamLocation location, int firstLine, String json) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        boolean oneLine = json.strip().indexOf('\n') < 0;
        return oneLine
                ? "at column " + location.getColumnNr()
                : "at line " + (firstLine + location.getLineNr() - 1) + ", column " + location.getColumnNr();
    }

    private static String shortMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        int detail = message.indexOf(" (start marker at");
        if (detail >= 0) {
            message = message.substring(0, detail);
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
