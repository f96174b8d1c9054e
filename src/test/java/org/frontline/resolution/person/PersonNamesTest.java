package org.frontline.resolution.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    private static PersonRecord person(String name, String role, String... aliases) {
        return new PersonRecord(name, List.of(aliases), role);
    }

    @Nested
    class Key {

        @Test
        void transliterationVariantsOfOneSpellingShareAKey() {
            assertThat(PersonNames.key("Oleh Kiper")).isEqualTo(PersonNames.key("Oleg Kiper"));
            assertThat(PersonNames.key("Serhiy Lysak")).isEqualTo(PersonNames.key("Sergei Lysak"))
                    .isEqualTo(PersonNames.key("Serhii Lysak")).isEqualTo(PersonNames.key("Sergiy Lysak"));
            assertThat(PersonNames.key("Volodymyr Zelensky")).isEqualTo(PersonNames.key("Volodymyr Zelenskiy"))
                    .isEqualTo(PersonNames.key("Volodymyr Zelenskyy")).isEqualTo(PersonNames.key("Volodymyr Zelenskyi"));
            assertThat(PersonNames.key("Hennadiy Hrytsenko")).isEqualTo(PersonNames.key("Gennady Gritsenko"));
            assertThat(PersonNames.key("Yulia Svyrydenko")).isEqualTo(PersonNames.key("Yuliia Svyrydenko"));
            assertThat(PersonNames.key("Natalia Kalmykova")).isEqualTo(PersonNames.key("Natalya Kalmykova"))
                    .isEqualTo(PersonNames.key("Nataliia Kalmykova"));
            assertThat(PersonNames.key("Oleksiy Danilov")).isEqualTo(PersonNames.key("Olexiy Danilov"))
                    .isEqualTo(PersonNames.key("Oleksii Danilov"));
            assertThat(PersonNames.key("Andriy Kostin")).isEqualTo(PersonNames.key("Andrii Kostin"));
        }

        @Test
        void caseAccentsApostrophesAndHonorificsDoNotMatter() {
            assertThat(PersonNames.key("Mr. Dmytro KULEBA")).isEqualTo(PersonNames.key("Dmytro Kuleba"));
            assertThat(PersonNames.key("Ihor Klymenko")).isEqualTo(PersonNames.key("Íhor Klymenko"));
            assertThat(PersonNames.key("Ol'ha Stefanishyna")).isEqualTo(PersonNames.key("Olha Stefanishyna"));
        }

        @Test
        void aNameInCyrillicMeetsItsLatinSpelling() {
            assertThat(PersonNames.key("Дмитро Кулеба")).isEqualTo(PersonNames.key("Dmytro Kuleba"));
        }

        @Test
        void oneLanguagesFormOfANameIsNotTheOthersSpelling() {
            assertThat(PersonNames.key("Oleksandr Syrskyi")).isNotEqualTo(PersonNames.key("Aleksandr Syrsky"));
            assertThat(PersonNames.key("Volodymyr Zelensky")).isNotEqualTo(PersonNames.key("Vladimir Zelensky"));
        }

        @Test
        void theSurnameKeyIsTheFoldedLastWord() {
            assertThat(PersonNames.surnameKey("Volodymyr Zelenskyy")).isEqualTo(PersonNames.surnameKey("Zelensky"))
                    .isEqualTo("zelenski");
        }

        @Test
        void differentNamesHaveDifferentKeys() {
            assertThat(PersonNames.key("Vitali Klitschko")).isNotEqualTo(PersonNames.key("Wladimir Klitschko"));
            assertThat(PersonNames.key("Oleksandr Kubrakov")).isNotEqualTo(PersonNames.key("Oleksandr Kamyshin"));
        }
    }

    @Nested
    class SamePerson {

        @Test
        void oneSpellingInTheOtherRecordsAliases() {
            assertThat(PersonNames.samePerson(person("Denys Shmyhal", null, "Denis Shmygal"),
                    person("Denis Shmyhal", "Prime Minister of Ukraine"))).isTrue();
        }

        @Test
        void oneNameInTwoLanguagesWithTheSameSurname() {
            assertThat(PersonNames.samePerson(person("Vladimir Zelensky", "President of Ukraine"),
                    person("Volodymyr Zelenskyy", null))).isTrue();
            assertThat(PersonNames.samePerson(person("Aleksandr Syrsky", null),
                    person("Oleksandr Syrskyi", "Commander of the Ground Forces"))).isTrue();
        }

        @Test
        void anInitialAndTheNameItBegins() {
            assertThat(PersonNames.samePerson(person("V. Klitschko", "Mayor of Kyiv"),
                    person("Vitali Klitschko", "Mayor of Kyiv"))).isTrue();
        }

        @Test
        void aGarbledSurnameWithTheSameFirstNameAndAMatchingRole() {
            assertThat(PersonNames.samePerson(
                    person("Andriy Kovalenko", "Head of the Centre for Countering Disinformation"),
                    person("Andrii Kovalienko", "Centre for Countering Disinformation Chief"))).isTrue();
            assertThat(PersonNames.samePerson(person("Yurii Ihnat", "Spokesman for the Air Force"),
                    person("Yuriy Khnat", "Air Force spokesperson"))).isTrue();
        }

        @Test
        void aBareSurnameAndTheFullName() {
            assertThat(PersonNames.samePerson(person("Lukashenko", null),
                    person("Alexander Lukashenko", "President of Belarus"))).isTrue();
        }

        @Test
        void neverOnASharedSurnameWithDifferentFirstNames() {
            assertThat(PersonNames.samePerson(person("Vitali Klitschko", "Mayor of Kyiv"),
                    person("Wladimir Klitschko", null))).isFalse();
            assertThat(PersonNames.samePerson(person("Yulia Tymoshenko", "Former Prime Minister"),
                    person("Volodymyr Tymoshenko", "Regional Police Chief"))).isFalse();
        }

        @Test
        void neverOnASharedFirstNameAlone() {
            assertThat(PersonNames.samePerson(person("Oleksandr Kubrakov", "Minister"),
                    person("Oleksandr Kamyshin", "Minister"))).isFalse();
        }

        @Test
        void aCloseSurnameNeedsRolesThatAgree() {
            assertThat(PersonNames.samePerson(person("Ivan Petrenko", "Mayor of Sumy"),
                    person("Ivan Petrenka", "Chief of Police of Lviv"))).isFalse();
            assertThat(PersonNames.samePerson(person("Dmytro Kuleba", null), person("Dmytro Kuliba", null)))
                    .isFalse();
        }

        @Test
        void aBareSurnameWithAContradictingRoleIsSomeoneElse() {
            assertThat(PersonNames.samePerson(person("Tymoshenko", "Regional Police Chief"),
                    person("Yulia Tymoshenko", "Former Prime Minister"))).isFalse();
        }
    }
}
