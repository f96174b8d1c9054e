package org.frontline.paging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.graphql.InvalidArgumentException;

/** A list's filter as SQL: a {@code where} clause of all the conditions given, and their parameters. */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds a condition on named parameters already added, or on none. */
    public SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition on a named parameter, e.g. {@code add("e.date >= :from", "from", from)}. */
    public SqlConditions add(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /**
     * Adds a condition on a LIKE pattern that matches any text containing the given one. Conditions compare folded
     * texts (lower case, accents removed by the database's {@code frontline_fold}), so that "kyiv" finds "Kyïv":
     * {@code addContains("frontline_fold(p.name) like frontline_fold(:name)", "name", "kyiv", "filter.name")}.
     *
     * @param argument names the argument in the error for a blank text
     */
    public SqlConditions addContains(String condition, String parameter, String text, String argument) {
        return add(condition, parameter, containsPattern(text, argument));
    }

    /** A LIKE pattern matching texts that contain the given one, its own {@code %}, {@code _} and {@code \} literal. */
    public static String containsPattern(String text, String argument) {
        if (text.isBlank()) {
            throw new InvalidArgumentException(
                    "Argument '%s' must contain something other than spaces; leave it out to match everything."
                            .formatted(argument));
        }
        String literal = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    /**
     * Adds the conditions that a date column lies in a range, both ends included and optional.
     *
     * @param argument names the range's parent argument in the error for a reversed range, e.g. {@code filter}
     */
    public SqlConditions addDateRange(String column, LocalDate from, LocalDate to, String argument) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException(
                    "Argument '%1$s.from' (%2$s) is after '%1$s.to' (%3$s): no date lies between."
                            .formatted(argument, from, to));
        }
        if (from != null) {
            add(column + " >= :from", "from", from);
        }
        if (to != null) {
            add(column + " <= :to", "to", to);
        }
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : "where " + String.join("\n  and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
