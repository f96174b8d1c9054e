package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobalIdTest {

    @Test
    void anIdIsAnOpaqueTokenThatDecodesToItsTypeAndNumber() {
        String encoded = new GlobalId("Place", 42).encode();

        assertThat(encoded).isEqualTo("UGxhY2U6NDI").doesNotContain("42");
        assertThat(GlobalId.decode(encoded, "id")).isEqualTo(new GlobalId("Place", 42));
    }

    @Test
    void aFilterIdMustNameAnObjectOfTheExpectedType() {
        String person = new GlobalId("Person", 7).encode();

        assertThat(GlobalId.decode(person, "filter.personId", "Person")).isEqualTo(7);
        assertThatThrownBy(() -> GlobalId.decode(person, "filter.placeId", "Place"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Argument 'filter.placeId' must be a Place ID, but '%s' is a Person ID.",
                        person);
    }

    @Test
    void messagesNameTypesWithTheirArticle() {
        assertThat(GlobalId.withArticle("Place")).isEqualTo("a Place");
        assertThat(GlobalId.withArticle("Event")).isEqualTo("an Event");
        assertThat(GlobalId.withArticle("Organization")).isEqualTo("an Organization");
    }

    @Test
    void somethingThatIsNotAnIdIsRejectedWithTheArgumentNamed() {
        for (String notAnId : new String[] {"42", "!!", "", "UGxhY2U6", "UGxhY2U6LTE", "cGxhY2U6NDI",
                "UGxhY2U6OTk5OTk5OTk5OTk5OTk5OTk5OTk5"}) {
            assertThatThrownBy(() -> GlobalId.decode(notAnId, "id"))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("Argument 'id' is not a valid ID: '%s'.", notAnId);
        }
    }
}
