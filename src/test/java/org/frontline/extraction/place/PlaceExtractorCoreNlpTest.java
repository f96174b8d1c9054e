package org.frontline.extraction.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.language.SharedCoreNlp;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.vocabulary.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Place extraction behind the real CoreNLP analyzer (the test JVM's shared one: loading its models takes half a
 * minute). How places score on whole sets of articles is the quality gate's business (org.frontline.quality).
 */
class PlaceExtractorCoreNlpTest {

    private static PlaceExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new PlaceExtractor(Gazetteer.loadDefault());
    }

    private static List<ExtractedPlace> extract(String text) {
        return extractor.extract(SharedCoreNlp.analyzer().analyze(text, LocalDate.of(2023, 6, 10)));
    }

    @Test
    void villagesOfAnOblastWithTheirRegionAndARiver() {
        List<ExtractedPlace> places = extract("Ukrainian forces recaptured the villages of Arkhanhelske and "
                + "Novovorontsovka in the Kherson region, Governor Oleksandr Prokudin said. Russian troops "
                + "retreated across the Dnipro River towards Nova Kakhovka.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::kind).containsExactly(
                tuple("713208", PlaceKind.SETTLEMENT),
                tuple("699034", PlaceKind.SETTLEMENT),
                tuple("adm:UA.08", PlaceKind.REGION),
                tuple("x:dnipro-river", PlaceKind.WATER),
                tuple("699839", PlaceKind.SETTLEMENT));
    }

    @Test
    void aGarbledTownAmongTownsOfItsOblastAndNoPersonAsAPlace() {
        List<ExtractedPlace> places = extract("Mayor Ivan Fedorov said Russian troops had left Melitopal, "
                + "Tokmak and Polohy in the Zaporizhzhia region.");

        assertThat(places).extracting(ExtractedPlace::name).containsExactly("Melitopol", "Tokmak", "Polohy",
                "Zaporizhzhia Oblast");
    }

    @Test
    void oblastsListedBeforeASharedRegionsAreRegions() {
        List<ExtractedPlace> places = extract("Air raid alerts sounded in the Poltava, Sumy and Kirovohrad regions "
                + "as drones flew towards Kremenchuk.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId).containsExactly("adm:UA.18", "adm:UA.21",
                "adm:UA.10", "704147");
    }
}
