package org.frontline.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.frontline.graphql.InvalidArgumentException;
import org.frontline.paging.Ordering.Direction;
import org.frontline.paging.Ordering.SortKey;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final Ordering BY_DATE = new Ordering("events.date_asc", SortKey.DATE, Direction.ASC);
    private static final Ordering BY_NAME = new Ordering("places", SortKey.TEXT, Direction.ASC);
    private static final Ordering BY_ID = Ordering.byId("sources");

    @Test
    void aCursorKeepsTheSortKeyAndIdOfTheItemItFollows() {
        Cursor dated = new Cursor(17, LocalDate.of(2022, 9, 10));
        Cursor undated = new Cursor(18, null);
        Cursor named = new Cursor(3, "Ternové | Тернове = x");

        assertThat(Cursor.decode(dated.encode(BY_DATE), BY_DATE)).isEqualTo(dated);
        assertThat(Cursor.decode(undated.encode(BY_DATE), BY_DATE)).isEqualTo(undated);
        assertThat(Cursor.decode(named.encode(BY_NAME), BY_NAME)).isEqualTo(named);
        assertThat(Cursor.decode(new Cursor(5, null).encode(BY_ID), BY_ID)).isEqualTo(new Cursor(5, null));
    }

    @Test
    void aCursorIsOnlyAcceptedByTheListAndOrderItCameFrom() {
        String fromOldestFirst = new Cursor(17, LocalDate.of(2022, 9, 10)).encode(BY_DATE);
        Ordering newestFirst = new Ordering("events.date_desc", SortKey.DATE, Direction.DESC);

        assertThatThrownBy(() -> Cursor.decode(fromOldestFirst, newestFirst))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Argument 'after' is not a cursor of this list: '%s'. Use a cursor this list returned.",
                        fromOldestFirst);
        assertThatThrownBy(() -> Cursor.decode(fromOldestFirst, BY_NAME)).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void garbageIsNotACursor() {
        for (String garbage : new String[] {"", "abc", "T18w", "ZXZlbnRzLmRhdGVfYXNjfHh8", // events.date_asc|x|
                "ZXZlbnRzLmRhdGVfYXNjfDF8PTIwMjItMTMtNDA"}) { // events.date_asc|1|=2022-13-40
            assertThatThrownBy(() -> Cursor.decode(garbage, BY_DATE))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("is not a cursor of this list");
        }
    }
}
