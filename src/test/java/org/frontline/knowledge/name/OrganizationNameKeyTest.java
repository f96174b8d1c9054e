package org.frontline.knowledge.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationNameKeyTest {

    @Test
    void oneMinistryWrittenInEveryWayHasOneKey() {
        String key = OrganizationNameKey.key("Russian Ministry of Defence");
        assertThat(OrganizationNameKey.key("Russia’s defense ministry")).isEqualTo(key);
        assertThat(OrganizationNameKey.key("Ministry of Defence of the Russian Federation")).isEqualTo(key);
        assertThat(OrganizationNameKey.key("the Russian Defense Ministry")).isEqualTo(key);
    }

    @Test
    void aCountryIsOneWordHoweverItIsWritten() {
        String key = OrganizationNameKey.key("UK Ministry of Defence");
        assertThat(OrganizationNameKey.key("British Ministry of Defence")).isEqualTo(key);
        assertThat(OrganizationNameKey.key("Ministry of Defence of the United Kingdom")).isEqualTo(key);
    }

    @Test
    void thePressServiceSpeaksForItsOrganization() {
        assertThat(OrganizationNameKey.key("SBU press service")).isEqualTo(OrganizationNameKey.key("SBU"));
    }

    @Test
    void anotherCountrysMinistryIsAnotherOrganization() {
        assertThat(OrganizationNameKey.key("Ukrainian Ministry of Defence"))
                .isNotEqualTo(OrganizationNameKey.key("Russian Ministry of Defence"));
        assertThat(OrganizationNameKey.key("Ministry of Defence"))
                .isNotEqualTo(OrganizationNameKey.key("Russian Ministry of Defence"));
    }
}
