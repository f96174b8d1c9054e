package org.frontline.resolution.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void transliterationVariantsOfOneNameShareAKey() {
        assertThat(NameKey.of("Kupiansk")).isEqualTo("kupiansk")
                .isEqualTo(NameKey.of("Kupyansk"))
                .isEqualTo(NameKey.of("Kupjansk"))
                .isEqualTo(NameKey.of("Kup'yans'k"))
                .isEqualTo(NameKey.of("Kup’yans’k"));
        assertThat(NameKey.of("Izium")).isEqualTo(NameKey.of("Izyum")).isEqualTo(NameKey.of("Izjum"));
        assertThat(NameKey.of("Avdiivka")).isEqualTo(NameKey.of("Avdiyivka"));
        assertThat(NameKey.of("Novomykhailivka")).isEqualTo(NameKey.of("Novomykhaylivka"));
        assertThat(NameKey.of("Kurdyumivka")).isEqualTo(NameKey.of("Kurdiumivka"));
        assertThat(NameKey.of("Mayorsk")).isEqualTo(NameKey.of("Maiorsk")).isEqualTo(NameKey.of("Majorsk"));
        assertThat(NameKey.of("Siverskyi")).isEqualTo(NameKey.of("Siverskyy")).isEqualTo(NameKey.of("Siversky"));
        assertThat(NameKey.of("Zaporizhzhia")).isEqualTo(NameKey.of("Zaporizhzhya"));
        assertThat(NameKey.of("Yenakiieve")).isEqualTo("ienakieve")
                .isEqualTo(NameKey.of("Yenakiyeve")).isEqualTo(NameKey.of("Jenakijeve"));
    }

    @Test
    void accentsCaseHyphensAndSpacesFold() {
        assertThat(NameKey.of("Kraków")).isEqualTo("krakow");
        assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
        assertThat(NameKey.of("Ivano-Frankivsk")).isEqualTo("ivano frankivsk");
        assertThat(NameKey.of("  Nova   Kakhovka ")).isEqualTo("nova kakhovka");
        assertThat(NameKey.of("U.S.")).isEqualTo("us");
    }

    @Test
    void spellingsThatDifferInMoreThanTransliterationStayApart() {
        assertThat(NameKey.of("Kharkiv")).isNotEqualTo(NameKey.of("Kharkov"));
        assertThat(NameKey.of("Balakliia")).isNotEqualTo(NameKey.of("Balakleya"));
        assertThat(NameKey.of("Melitopol")).isNotEqualTo(NameKey.of("Melitopal"));
    }

    @Test
    void cyrillicFoldsToLowerCaseWithoutDiacritics() {
        assertThat(NameKey.of("Куп’янськ")).isEqualTo("купянськ");
        assertThat(NameKey.of("Київ")).isEqualTo(NameKey.of("КИЇВ"));
    }
}
