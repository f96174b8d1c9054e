package org.frontline.resolution.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonIdentityTest {

    private static PersonRecord person(String name, String role, String... aliases) {
        return new PersonRecord(name, List.of(aliases), role);
    }

    @Nested
    class Key {

        @Test
        void transliterationVariantsOfOneSpellingShareAKey() {
            assertThat(PersonIdentity.key("Oleh Kiper")).isEqualTo(PersonIdentity.key("Oleg Kiper"));
            assertThat(PersonIdentity.key("Serhiy Lysak")).isEqualTo(PersonIdentity.key("Sergei Lysak"))
                    .isEqualTo(PersonIdentity.key("Serhii Lysak")).isEqualTo(PersonIdentity.key("Sergiy Lysak"));
            assertThat(PersonIdentity.key("Volodymyr Zelensky")).isEqualTo(PersonIdentity.key("Volodymyr Zelenskiy"))
                    .isEqualTo(PersonIdentity.key("Volodymyr Zelenskyy")).isEqualTo(PersonIdentity.key("Volodymyr Zelenskyi"));
            assertThat(PersonIdentity.key("Hennadiy Hrytsenko")).isEqualTo(PersonIdentity.key("Gennady Gritsenko"));
            assertThat(PersonIdentity.key("Yulia Svyrydenko")).isEqualTo(PersonIdentity.key("Yuliia Svyrydenko"));
            assertThat(PersonIdentity.key("Natalia Kalmykova")).isEqualTo(PersonIdentity.key("Natalya Kalmykova"))
                    .isEqualTo(PersonIdentity.key("Nataliia Kalmykova"));
            assertThat(PersonIdentity.key("Oleksiy Danilov")).isEqualTo(PersonIdentity.key("Olexiy Danilov"))
                    .isEqualTo(PersonIdentity.key("Oleksii Danilov"));
            assertThat(PersonIdentity.key("Andriy Kostin")).isEqualTo(PersonIdentity.key("Andrii Kostin"));
        }

        @Test
        void caseAccentsApostrophesAndHonorificsDoNotMatter() {
            assertThat(PersonIdentity.key("Mr. Dmytro KULEBA")).isEqualTo(PersonIdentity.key("Dmytro Kuleba"));
            assertThat(PersonIdentity.key("Ihor Klymenko")).isEqualTo(PersonIdentity.key("Íhor Klymenko"));
            assertThat(PersonIdentity.key("Ol'ha Stefanishyna")).isEqualTo(PersonIdentity.key("Olha Stefanishyna"));
        }

        @Test
        void aNameInCyrillicMeetsItsLatinSpelling() {
            assertThat(PersonIdentity.key("Дмитро Кулеба")).isEqualTo(PersonIdentity.key("Dmytro Kuleba"));
        }

        @Test
        void oneLanguagesFormOfANameIsNotTheOthersSpelling() {
            assertThat(PersonIdentity.key("Oleksandr Syrskyi")).isNotEqualTo(PersonIdentity.key("Aleksandr Syrsky"));
            assertThat(PersonIdentity.key("Volodymyr Zelensky")).isNotEqualTo(PersonIdentity.key("Vladimir Zelensky"));
        }

        @Test
        void theSurnameKeyIsTheFoldedLastWord() {
            assertThat(PersonIdentity.surnameKey("Volodymyr Zelenskyy")).isEqualTo(PersonIdentity.surnameKey("Zelensky"))
                    .isEqualTo("zelenski");
        }

        @Test
        void differentNamesHaveDifferentKeys() {
            assertThat(PersonIdentity.key("Vitali Klitschko")).isNotEqualTo(PersonIdentity.key("Wladimir Klitschko"));
            assertThat(PersonIdentity.key("Oleksandr Kubrakov")).isNotEqualTo(PersonIdentity.key("Oleksandr Kamyshin"));
        }
    }

    @Nested
    class SamePerson {

        @Test
        void oneSpellingInTheOtherRecordsAliases() {
            assertThat(PersonIdentity.samePerson(person("Denys Shmyhal", null, "Denis Shmygal"),
                    person("Denis Shmyhal", "Prime Minister of Ukraine"))).isTrue();
        }

        @Test
        void oneNameInTwoLanguagesWithTheSameSurname() {
            assertThat(PersonIdentity.samePerson(person("Vladimir Zelensky", "President of Ukraine"),
                    person("Volodymyr Zelenskyy", null))).isTrue();
            assertThat(PersonIdentity.samePerson(person("Aleksandr Syrsky", null),
                    person("Oleksandr Syrskyi", "Commander of the Ground Forces"))).isTrue();
        }

        @Test
        void anInitialAndTheNameItBegins() {
            assertThat(PersonIdentity.samePerson(person("V. Klitschko", "Mayor of Kyiv"),
                    person("Vitali Klitschko", "Mayor of Kyiv"))).isTrue();
        }

        @Test
        void aGarbledSurnameWithTheSameFirstNameAndAMatchingRole() {
            assertThat(PersonIdentity.samePerson(
                    person("Andriy Kovalenko", "Head of the Centre for Countering Disinformation"),
                    person("Andrii Kovalienko", "Centre for Countering Disinformation Chief"))).isTrue();
            assertThat(PersonIdentity.samePerson(person("Yurii Ihnat", "Spokesman for the Air Force"),
                    person("Yuriy Khnat", "Air Force spokesperson"))).isTrue();
        }

        @Test
        void aBareSurnameAndTheFullName() {
            assertThat(PersonIdentity.samePerson(person("Lukashenko", null),
                    person("Alexander Lukashenko", "President of Belarus"))).isTrue();
        }

        @Test
        void neverOnASharedSurnameWithDifferentFirstNames() {
            assertThat(PersonIdentity.samePerson(person("Vitali Klitschko", "Mayor of Kyiv"),
                    person("Wladimir Klitschko", null))).isFalse();
            assertThat(PersonIdentity.samePerson(person("Yulia Tymoshenko", "Former Prime Minister"),
                    person("Volodymyr Tymoshenko", "Regional Police Chief"))).isFalse();
        }

        @Test
        void neverOnASharedFirstNameAlone() {
            assertThat(PersonIdentity.samePerson(person("Oleksandr Kubrakov", "Minister"),
                    person("Oleksandr Kamyshin", "Minister"))).isFalse();
        }

        @Test
        void aCloseSurnameNeedsRolesThatAgree() {
            assertThat(PersonIdentity.samePerson(person("Ivan Petrenko", "Mayor of Sumy"),
                    person("Ivan Petrenka", "Chief of Police of Lviv"))).isFalse();
            assertThat(PersonIdentity.samePerson(person("Dmytro Kuleba", null), person("Dmytro Kuliba", null)))
                    .isFalse();
        }

        @Test
        void aBareSurnameWithAContradictingRoleIsSomeoneElse() {
            assertThat(PersonIdentity.samePerson(person("Tymoshenko", "Regional Police Chief"),
                    person("Yulia Tymoshenko", "Former Prime Minister"))).isFalse();
        }
    }
}
