package org.frontline.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.frontline.graphql.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A position in an ordered list: the sort key and id of the item it follows (a keyset cursor). Unlike an offset it
 * stays valid while new items are imported. Encoded opaquely, with the name of its {@link Ordering} inside, so that a
 * cursor is only accepted by the list and order it came from.
 */
public record Cursor(long id, @Nullable Object sortKey) {

    private static final String SEPARATOR = "|";
    private static final String KEY_PREFIX = "=";

    public String encode(Ordering ordering) {
        String key = sortKey == null ? "" : KEY_PREFIX + sortKey;
        byte[] plain = (ordering.name() + SEPARATOR + id + SEPARATOR + key).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }

    /** @throws InvalidArgumentException when the value is not a cursor of a list in this ordering */
    public static Cursor decode(String value, Ordering ordering) {
        String[] parts = decodeBase64(value).split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals(ordering.name())) {
            throw invalid(value);
        }
        try {
            return new Cursor(Long.parseLong(parts[1]), sortKey(parts[2], ordering.sortKey(), value));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(value);
        }
    }

    private static @Nullable Object sortKey(String encoded, Ordering.SortKey type, String cursor) {
        if (encoded.isEmpty()) {
            return null;
        }
        if (!encoded.startsWith(KEY_PREFIX) || type == Ordering.SortKey.NONE) {
            throw invalid(cursor);
        }
        String key = encoded.substring(KEY_PREFIX.length());
        return type == Ordering.SortKey.DATE ? LocalDate.parse(key) : key;
    }

    private static String decodeBase64(String value) {
        try {
            return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private static InvalidArgumentException invalid(String value) {
        return new InvalidArgumentException("Argument 'after' is not a cursor of this list: '%s'."
                .formatted(value) + " Use a cursor this list returned.");
    }
}
