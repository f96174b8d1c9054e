package org.frontline.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opaque global ID: a GraphQL type name and a database id, e.g. {@code Place} 42, encoded as URL-safe Base64 so
 * that clients treat it as a token rather than a number they might be tempted to compute with.
 */
public record GlobalId(String type, long id) {

    private static final Pattern DECODED = Pattern.compile("([A-Z][A-Za-z]*):([1-9][0-9]{0,18})");

    public String encode() {
        byte[] plain = (type + ":" + id).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }

    /**
     * @param argument the argument the value came in, named in the error message
     * @throws InvalidArgumentException when the value is not a global ID
     */
    public static GlobalId decode(String value, String argument) {
        Matcher decoded = DECODED.matcher(decodeBase64(value));
        if (!decoded.matches()) {
            throw new InvalidArgumentException("Argument '%s' is not a valid ID: '%s'.".formatted(argument, value));
        }
        try {
            return new GlobalId(decoded.group(1), Long.parseLong(decoded.group(2)));
        } catch (NumberFormatException tooLarge) {
            throw new InvalidArgumentException("Argument '%s' is not a valid ID: '%s'.".formatted(argument, value));
        }
    }

    /**
     * Decodes an ID that must name an object of the given type, as filters' ID fields do.
     *
     * @return the database id
     * @throws InvalidArgumentException when the value is not a global ID, or one of another type
     */
    public static long decode(String value, String argument, String expectedType) {
        GlobalId id = decode(value, argument);
        if (!id.type().equals(expectedType)) {
            throw new InvalidArgumentException("Argument '%s' must be %s ID, but '%s' is %s ID."
                    .formatted(argument, withArticle(expectedType), value, withArticle(id.type())));
        }
        return id.id();
    }

    /** "a Place", "an Event": for messages that name types. */
    public static String withArticle(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String decodeBase64(String value) {
        try {
            return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
