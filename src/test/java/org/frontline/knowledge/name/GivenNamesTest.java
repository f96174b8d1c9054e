package org.frontline.knowledge.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.knowledge.name.GivenNames.Gender;
import org.junit.jupiter.api.Test;

class GivenNamesTest {

    private final GivenNames names = GivenNames.standard();

    @Test
    void knowsEastSlavicFirstNamesInTheirSpellings() {
        assertThat(names.isKnown("Mykhailo")).isTrue();
        assertThat(names.isKnown("Mykhaylo")).isTrue();
        assertThat(names.isKnown("Kharkiv")).isFalse();
    }

    @Test
    void givesTheGenderOfAFirstName() {
        assertThat(names.gender("Iryna")).isEqualTo(Gender.FEMALE);
        assertThat(names.gender("Oleg")).isEqualTo(Gender.MALE);
        assertThat(names.gender("Xqzt")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void oneNameInTwoLanguagesAndAnInitialAreCompatible() {
        assertThat(names.compatible("Volodymyr", "Vladimir")).isTrue();
        assertThat(names.compatible("Dmytro", "Dmitry")).isTrue();
        assertThat(names.compatible("V.", "Volodymyr")).isTrue();
        assertThat(names.compatible("Oleksandr", "Oleksii")).isFalse();
        assertThat(names.compatible("Vitali", "Wladimir")).isFalse();
    }
}
