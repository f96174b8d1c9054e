package org.frontline.quality;

import tools.jackson.databind.JsonNode;

/** What score.py's Python makes of JSON values: truth ({@code if x:}) and text ({@code None} for null). */
final class Json {

    private Json() {
    }

    /** Python's truth of a JSON value: null, false, 0, "" and empty lists and objects are false. */
    static boolean truthy(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.asDouble() != 0;
        }
        if (node.isString()) {
            return !node.stringValue().isEmpty();
        }
        return !node.isContainer() || !node.isEmpty();
    }

    /** A string value, or null for a missing or null one. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

    /** The elements of a list, none for a missing or null one ({@code x or []}). */
    static Iterable<JsonNode> list(JsonNode node) {
        return truthy(node) ? node : java.util.List.of();
    }
}
