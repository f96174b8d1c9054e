package org.frontline.knowledge.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNameKeyTest {

    @Test
    void transliterationVariantsOfOneNameShareAKey() {
        assertThat(PlaceNameKey.of("Kupiansk")).isEqualTo("kupiansk")
                .isEqualTo(PlaceNameKey.of("Kupyansk"))
                .isEqualTo(PlaceNameKey.of("Kupjansk"))
                .isEqualTo(PlaceNameKey.of("Kup'yans'k"))
                .isEqualTo(PlaceNameKey.of("Kup’yans’k"));
        assertThat(PlaceNameKey.of("Izium")).isEqualTo(PlaceNameKey.of("Izyum")).isEqualTo(PlaceNameKey.of("Izjum"));
        assertThat(PlaceNameKey.of("Avdiivka")).isEqualTo(PlaceNameKey.of("Avdiyivka"));
        assertThat(PlaceNameKey.of("Novomykhailivka")).isEqualTo(PlaceNameKey.of("Novomykhaylivka"));
        assertThat(PlaceNameKey.of("Kurdyumivka")).isEqualTo(PlaceNameKey.of("Kurdiumivka"));
        assertThat(PlaceNameKey.of("Mayorsk")).isEqualTo(PlaceNameKey.of("Maiorsk")).isEqualTo(PlaceNameKey.of("Majorsk"));
        assertThat(PlaceNameKey.of("Siverskyi")).isEqualTo(PlaceNameKey.of("Siverskyy")).isEqualTo(PlaceNameKey.of("Siversky"));
        assertThat(PlaceNameKey.of("Zaporizhzhia")).isEqualTo(PlaceNameKey.of("Zaporizhzhya"));
        assertThat(PlaceNameKey.of("Yenakiieve")).isEqualTo("ienakieve")
                .isEqualTo(PlaceNameKey.of("Yenakiyeve")).isEqualTo(PlaceNameKey.of("Jenakijeve"));
    }

    @Test
    void accentsCaseHyphensAndSpacesFold() {
        assertThat(PlaceNameKey.of("Kraków")).isEqualTo("krakow");
        assertThat(PlaceNameKey.of("Łódź")).isEqualTo("lodz");
        assertThat(PlaceNameKey.of("Ivano-Frankivsk")).isEqualTo("ivano frankivsk");
        assertThat(PlaceNameKey.of("  Nova   Kakhovka ")).isEqualTo("nova kakhovka");
        assertThat(PlaceNameKey.of("U.S.")).isEqualTo("us");
    }

    @Test
    void spellingsThatDifferInMoreThanTransliterationStayApart() {
        assertThat(PlaceNameKey.of("Kharkiv")).isNotEqualTo(PlaceNameKey.of("Kharkov"));
        assertThat(PlaceNameKey.of("Balakliia")).isNotEqualTo(PlaceNameKey.of("Balakleya"));
        assertThat(PlaceNameKey.of("Melitopol")).isNotEqualTo(PlaceNameKey.of("Melitopal"));
    }

    @Test
    void cyrillicFoldsToLowerCaseWithoutDiacritics() {
        assertThat(PlaceNameKey.of("Куп’янськ")).isEqualTo("купянськ");
        assertThat(PlaceNameKey.of("Київ")).isEqualTo(PlaceNameKey.of("КИЇВ"));
    }
}
