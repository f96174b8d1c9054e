package org.frontline.knowledge.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameKeyTest {

    @Test
    void transliterationVariantsOfOneSpellingShareAKey() {
        assertThat(PersonNameKey.of("Oleh Kiper")).isEqualTo(PersonNameKey.of("Oleg Kiper"));
        assertThat(PersonNameKey.of("Serhiy Lysak")).isEqualTo(PersonNameKey.of("Sergei Lysak"))
                .isEqualTo(PersonNameKey.of("Serhii Lysak")).isEqualTo(PersonNameKey.of("Sergiy Lysak"));
        assertThat(PersonNameKey.of("Volodymyr Zelensky")).isEqualTo(PersonNameKey.of("Volodymyr Zelenskiy"))
                .isEqualTo(PersonNameKey.of("Volodymyr Zelenskyy")).isEqualTo(PersonNameKey.of("Volodymyr Zelenskyi"));
        assertThat(PersonNameKey.of("Hennadiy Hrytsenko")).isEqualTo(PersonNameKey.of("Gennady Gritsenko"));
        assertThat(PersonNameKey.of("Yulia Svyrydenko")).isEqualTo(PersonNameKey.of("Yuliia Svyrydenko"));
        assertThat(PersonNameKey.of("Natalia Kalmykova")).isEqualTo(PersonNameKey.of("Natalya Kalmykova"))
                .isEqualTo(PersonNameKey.of("Nataliia Kalmykova"));
        assertThat(PersonNameKey.of("Oleksiy Danilov")).isEqualTo(PersonNameKey.of("Olexiy Danilov"))
                .isEqualTo(PersonNameKey.of("Oleksii Danilov"));
        assertThat(PersonNameKey.of("Andriy Kostin")).isEqualTo(PersonNameKey.of("Andrii Kostin"));
    }

    @Test
    void caseAccentsApostrophesAndHonorificsDoNotMatter() {
        assertThat(PersonNameKey.of("Mr. Dmytro KULEBA")).isEqualTo(PersonNameKey.of("Dmytro Kuleba"));
        assertThat(PersonNameKey.of("Ihor Klymenko")).isEqualTo(PersonNameKey.of("Íhor Klymenko"));
        assertThat(PersonNameKey.of("Ol'ha Stefanishyna")).isEqualTo(PersonNameKey.of("Olha Stefanishyna"));
    }

    @Test
    void aNameInCyrillicMeetsItsLatinSpelling() {
        assertThat(PersonNameKey.of("Дмитро Кулеба")).isEqualTo(PersonNameKey.of("Dmytro Kuleba"));
    }

    @Test
    void oneLanguagesFormOfANameIsNotTheOthersSpelling() {
        assertThat(PersonNameKey.of("Oleksandr Syrskyi")).isNotEqualTo(PersonNameKey.of("Aleksandr Syrsky"));
        assertThat(PersonNameKey.of("Volodymyr Zelensky")).isNotEqualTo(PersonNameKey.of("Vladimir Zelensky"));
    }

    @Test
    void theSurnameKeyIsTheFoldedLastWord() {
        assertThat(PersonNameKey.surname("Volodymyr Zelenskyy")).isEqualTo(PersonNameKey.surname("Zelensky"))
                .isEqualTo("zelenski");
    }

    @Test
    void differentNamesHaveDifferentKeys() {
        assertThat(PersonNameKey.of("Vitali Klitschko")).isNotEqualTo(PersonNameKey.of("Wladimir Klitschko"));
        assertThat(PersonNameKey.of("Oleksandr Kubrakov")).isNotEqualTo(PersonNameKey.of("Oleksandr Kamyshin"));
    }
}
