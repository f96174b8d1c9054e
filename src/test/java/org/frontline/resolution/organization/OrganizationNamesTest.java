package org.frontline.resolution.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

    @Test
    void oneMinistryWrittenInEveryWayHasOneKey() {
        String key = OrganizationNames.key("Russian Ministry of Defence");
        assertThat(OrganizationNames.key("Russia’s defense ministry")).isEqualTo(key);
        assertThat(OrganizationNames.key("Ministry of Defence of the Russian Federation")).isEqualTo(key);
        assertThat(OrganizationNames.key("the Russian Defense Ministry")).isEqualTo(key);
    }

    @Test
    void aCountryIsOneWordHoweverItIsWritten() {
        String key = OrganizationNames.key("UK Ministry of Defence");
        assertThat(OrganizationNames.key("British Ministry of Defence")).isEqualTo(key);
        assertThat(OrganizationNames.key("Ministry of Defence of the United Kingdom")).isEqualTo(key);
    }

    @Test
    void thePressServiceSpeaksForItsOrganization() {
        assertThat(OrganizationNames.key("SBU press service")).isEqualTo(OrganizationNames.key("SBU"));
    }

    @Test
    void anotherCountrysMinistryIsAnotherOrganization() {
        assertThat(OrganizationNames.key("Ukrainian Ministry of Defence"))
                .isNotEqualTo(OrganizationNames.key("Russian Ministry of Defence"));
        assertThat(OrganizationNames.key("Ministry of Defence"))
                .isNotEqualTo(OrganizationNames.key("Russian Ministry of Defence"));
    }
}
