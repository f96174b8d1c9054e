package org.frontline.knowledge.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.frontline.vocabulary.PlaceKind;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.loadDefault();

    private List<String> ids(String name) {
        return gazetteer.lookup(name).stream().map(GazetteerEntry::id).toList();
    }

    @Test
    void oldAndNewSpellingsOfCapitalsLeadToOnePlace() {
        assertThat(ids("Kyiv")).containsExactly("703448");
        assertThat(ids("Kiev")).containsExactly("703448");
        assertThat(ids("Odesa")).contains("698740").isEqualTo(ids("Odessa"));
        assertThat(ids("Kharkiv")).containsExactly("706483");
        assertThat(ids("Kharkov")).containsExactly("706483");
        assertThat(ids("Mykolaiv")).contains("700569").isEqualTo(ids("Nikolaev"));
    }

    @Test
    void aSettlementIsIndexedWithItsOblast() {
        GazetteerEntry melitopol = gazetteer.lookup("Melitopol").get(0);
        assertThat(melitopol.kind()).isEqualTo(PlaceKind.SETTLEMENT);
        assertThat(melitopol.countryCode()).isEqualTo("UA");
        assertThat(melitopol.regionId()).isEqualTo("adm:UA.26");
        assertThat(gazetteer.byId("adm:UA.26").orElseThrow().name()).isEqualTo("Zaporizhzhia Oblast");
        assertThat(gazetteer.inRegion("adm:UA.26")).contains(melitopol);
    }

    @Test
    void oblastPhrasesNameTheRegionAndTheBareNameTheCity() {
        for (String phrase : List.of("Kharkiv Oblast", "Kharkiv region", "Kharkiv province", "Kharkivska oblast",
                "Kharkivshchyna", "Харківська область", "Kharkov Oblast")) {
            assertThat(ids(phrase)).as(phrase).containsExactly("adm:UA.07");
        }
        assertThat(gazetteer.lookup("Kharkiv")).extracting(GazetteerEntry::kind)
                .containsExactly(PlaceKind.SETTLEMENT);
        assertThat(ids("Donetsk People's Republic")).containsExactly("adm:UA.05");
    }

    @Test
    void theDniproIsBothACityAndARiver() {
        assertThat(gazetteer.lookup("Dnipro")).extracting(GazetteerEntry::id, GazetteerEntry::kind)
                .containsExactlyInAnyOrder(
                        tuple("709930", PlaceKind.SETTLEMENT),
                        tuple("x:dnipro-river", PlaceKind.WATER));
        assertThat(ids("Dnieper River")).containsExactly("x:dnipro-river");
        assertThat(ids("Dnipropetrovsk")).containsExactly("709930");
    }

    @Test
    void handKeptPlacesTakeTheirAnchorsPoint() {
        GazetteerEntry plant = gazetteer.lookup("Zaporizhzhia nuclear plant").get(0);
        GazetteerEntry enerhodar = gazetteer.lookup("Enerhodar").get(0);
        assertThat(plant.kind()).isEqualTo(PlaceKind.FACILITY);
        assertThat(plant.latitude()).isEqualTo(enerhodar.latitude());
        assertThat(plant.regionId()).isEqualTo("adm:UA.26");
        assertThat(gazetteer.lookup("Sea of Azov").get(0).kind()).isEqualTo(PlaceKind.WATER);
        assertThat(gazetteer.lookup("Donbass").get(0).id()).isEqualTo("x:donbas");
    }

    @Test
    void countriesComeWithTheirCommonAlternates() {
        assertThat(ids("Russian Federation")).containsExactly("country:RU");
        assertThat(ids("United Kingdom")).containsExactly("country:GB");
        assertThat(ids("Britain")).containsExactly("country:GB");
        assertThat(ids("United States")).containsExactly("country:US");
        assertThat(ids("Bosnia and Herzegovina")).containsExactly("country:BA");
        GazetteerEntry ukraine = gazetteer.country("UA").orElseThrow();
        assertThat(ukraine.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(ukraine.latitude()).isEqualTo(gazetteer.byId("703448").orElseThrow().latitude());
    }

    @Test
    void renamedPlacesKeepTheirFormerNames() {
        assertThat(ids("Artemivsk")).startsWith("713174"); // Bakhmut; a Luhansk-oblast village shares the name
        assertThat(ids("Kirovohrad")).containsExactly("705812");
        assertThat(gazetteer.byId("705812").orElseThrow().name()).isEqualTo("Kropyvnytskyi");
        assertThat(ids("Krasnoarmiisk")).contains("704422");
    }

    @Test
    void similarlySpelledNamesAreCandidatesForATypo() {
        assertThat(gazetteer.similarlySpelled("Melitopal")).extracting(c -> c.entry().id())
                .contains("701404");
        assertThat(gazetteer.similarlySpelled("Kyiv")).isEmpty();
    }

    @Test
    void loadsTheWholeGazetteerQuickly() {
        long start = System.nanoTime();
        Gazetteer fresh = Gazetteer.of(GazetteerLoader.fromClasspath());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("gazetteer: %d entries loaded in %d ms%n", fresh.size(), millis);
        assertThat(fresh.size()).isGreaterThan(25_000);
        assertThat(millis).isLessThan(8_000); // ~0.6-1.5 s; generous for a machine shared by many builds
    }
}
