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
