package org.frontline.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.frontline.graphql.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class SqlConditionsTest {

    @Test
    void containsPatternsMatchTheUsersWildcardCharactersLiterally() {
        assertThat(SqlConditions.containsPattern(" Kyiv ", "filter.name")).isEqualTo("%Kyiv%");
        assertThat(SqlConditions.containsPattern("100%_a\\b", "filter.text")).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void aBlankTextIsAnErrorRatherThanAFilterThatMatchesEverything() {
        assertThatThrownBy(() -> SqlConditions.containsPattern("  ", "filter.name"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Argument 'filter.name' must contain something other than spaces;"
                        + " leave it out to match everything.");
    }

    @Test
    void conditionsAreJoinedIntoOneWhereClause() {
        SqlConditions conditions = new SqlConditions()
                .add("e.type in (:types)", "types", "ATTACK")
                .addDateRange("e.date", LocalDate.of(2022, 9, 1), null, "filter");

        assertThat(conditions.where()).isEqualTo("where e.type in (:types)\n  and e.date >= :from");
        assertThat(conditions.parameters()).isEqualTo(Map.of("types", "ATTACK", "from", LocalDate.of(2022, 9, 1)));
        assertThat(new SqlConditions().where()).isEmpty();
    }

    @Test
    void aReversedDateRangeIsAnError() {
        assertThatThrownBy(() -> new SqlConditions()
                .addDateRange("e.date", LocalDate.of(2022, 9, 10), LocalDate.of(2022, 9, 1), "filter"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Argument 'filter.from' (2022-09-10) is after 'filter.to' (2022-09-01):"
                        + " no date lies between.");
    }
}
