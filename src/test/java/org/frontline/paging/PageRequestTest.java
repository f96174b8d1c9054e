package org.frontline.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontline.graphql.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Ordering BY_ID = Ordering.byId("sources");

    @Test
    void aPageHoldsTwentyItemsUnlessAskedOtherwise() {
        assertThat(PageRequest.of(null, null, BY_ID)).isEqualTo(new PageRequest(20, null));
        assertThat(PageRequest.of(1, null, BY_ID).first()).isEqualTo(1);
        assertThat(PageRequest.of(100, null, BY_ID).first()).isEqualTo(100);
    }

    @Test
    void askingForMoreThanOneHundredItemsOrNoneIsAnErrorNotAClamp() {
        assertThatThrownBy(() -> PageRequest.of(101, null, BY_ID))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Argument 'first' must be between 1 and 100, but was 101.");
        assertThatThrownBy(() -> PageRequest.of(0, null, BY_ID))
                .hasMessage("Argument 'first' must be between 1 and 100, but was 0.");
        assertThatThrownBy(() -> PageRequest.of(-5, null, BY_ID))
                .hasMessage("Argument 'first' must be between 1 and 100, but was -5.");
    }

    @Test
    void theCursorIsCheckedAgainstTheListsOrder() {
        String cursor = new Cursor(9, null).encode(BY_ID);

        assertThat(PageRequest.of(5, cursor, BY_ID)).isEqualTo(new PageRequest(5, new Cursor(9, null)));
        assertThatThrownBy(() -> PageRequest.of(5, cursor, Ordering.byId("quotes")))
                .isInstanceOf(InvalidArgumentException.class);
    }
}
