package org.frontline.extraction.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.vocabulary.PlaceKind;
import org.frontline.vocabulary.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * Specification of place extraction on short hand-written texts. Entity tags are written inline the way CoreNLP
 * would give them ({@link MarkedText}); untagged capitalised words are proper nouns the recogniser missed.
 */
class PlaceExtractorTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final PlaceExtractor EXTRACTOR = new PlaceExtractor(GAZETTEER);

    private AnalyzedText text;

    private List<ExtractedPlace> extract(String marked) {
        text = MarkedText.analyze(marked);
        return EXTRACTOR.extract(text);
    }

    private List<String> mentions(ExtractedPlace place) {
        return place.mentions().stream().map(span -> span.of(text.text())).toList();
    }

    @Test
    void villagesListedInAnOblastResolveThereAndLinkToIt() {
        List<ExtractedPlace> places = extract("Ukrainian troops liberated the villages of [Arkhanhelske|CITY], "
                + "[Vysokopillia|CITY] and Novovorontsovka in the Kherson region.");

        assertThat(places).extracting(ExtractedPlace::key, ExtractedPlace::gazetteerId, ExtractedPlace::name,
                ExtractedPlace::kind, ExtractedPlace::countryCode, ExtractedPlace::regionKey).containsExactly(
                tuple("place-1", "713208", "Arkhanhelske", PlaceKind.SETTLEMENT, "UA", "place-4"),
                tuple("place-2", "688689", "Vysokopillya", PlaceKind.SETTLEMENT, "UA", "place-4"),
                tuple("place-3", "699034", "Novovorontsovka", PlaceKind.SETTLEMENT, "UA", "place-4"),
                tuple("place-4", "adm:UA.08", "Kherson Oblast", PlaceKind.REGION, "UA", null));
        assertThat(places).extracting(this::mentions).containsExactly(List.of("Arkhanhelske"),
                List.of("Vysokopillia"), List.of("Novovorontsovka"), List.of("Kherson region"));
        assertThat(places.get(1).aliases()).contains("Vysokopillia", "Високопілля");
        assertThat(places.get(0).latitude()).isEqualTo(GAZETTEER.byId("713208").orElseThrow().latitude());
    }

    @Test
    void anOblastNamedInAListIsTheRegionAndTheBareNameTheCity() {
        List<ExtractedPlace> places = extract("Russian shelling hit the Kharkiv, Sumy and Chernihiv regions "
                + "overnight, while [Kharkiv|CITY] itself was quiet.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::name, ExtractedPlace::kind,
                ExtractedPlace::regionKey).containsExactly(
                tuple("adm:UA.07", "Kharkiv Oblast", PlaceKind.REGION, null),
                tuple("adm:UA.21", "Sumy Oblast", PlaceKind.REGION, null),
                tuple("adm:UA.02", "Chernihiv Oblast", PlaceKind.REGION, null),
                tuple("706483", "Kharkiv", PlaceKind.SETTLEMENT, "place-1"));
        assertThat(places.get(1).aliases()).contains("Sumy region").doesNotContain("Sumy");
        assertThat(places.get(3).aliases()).contains("Khar'kov").doesNotContain("Kharkiv region");
    }

    @Test
    void theRegionOfXAndTheProvinceOfXAreTheOblast() {
        List<ExtractedPlace> places = extract("They returned to the region of [Luhansk|CITY], then to the "
                + "province of [Luhansk|CITY] again.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, this::mentions)
                .containsExactly(tuple("adm:UA.14", List.of("Luhansk", "Luhansk")));
        assertThat(places.get(0).aliases()).contains("Luhansk region");
    }

    @Test
    void theDniproIsARiverWhenCrossedAndACityWhenSomeoneIsInIt() {
        List<ExtractedPlace> places = extract("Ukrainian forces crossed the [Dnipro|LOCATION] near [Kherson|CITY]. "
                + "In [Dnipro|CITY], air defence shot down two drones. Boats sailed down the Dnipro River.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::kind, this::mentions,
                ExtractedPlace::regionKey).containsExactly(
                tuple("x:dnipro-river", PlaceKind.WATER, List.of("Dnipro", "Dnipro River"), null),
                tuple("706448", PlaceKind.SETTLEMENT, List.of("Kherson"), "place-4"),
                tuple("709930", PlaceKind.SETTLEMENT, List.of("Dnipro"), "place-5"),
                tuple("adm:UA.08", PlaceKind.REGION, List.of(), null),
                tuple("adm:UA.04", PlaceKind.REGION, List.of(), null));
    }

    @Test
    void aGarbledTownAmongTownsOfAnOblastIsTheLikeNamedTownThere() {
        List<ExtractedPlace> places = extract("Russian troops left [Melitopal|CITY], [Tokmak|CITY] and "
                + "[Polohy|CITY] in the Zaporizhzhia region.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::name, ExtractedPlace::regionKey)
                .containsExactly(
                        tuple("701404", "Melitopol", "place-4"),
                        tuple("691469", "Tokmak", "place-4"),
                        tuple("696677", "Polohy", "place-4"),
                        tuple("adm:UA.26", "Zaporizhzhia Oblast", null));
        assertThat(places.get(0).aliases()).contains("Melitopal");
    }

    @Test
    void aVillageGarbledBeyondATypoIsFoundByItsSoundAmongTheOblastsVillages() {
        List<ExtractedPlace> places = extract("Soldiers liberated [Birozelka|CITY] and [Chornobaivka|CITY] "
                + "in the Kherson region.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::name, this::mentions)
                .containsExactly(
                        tuple("712508", "Bilozerka", List.of("Birozelka")),
                        tuple("710715", "Chornobaivka", List.of("Chornobaivka")),
                        tuple("adm:UA.08", "Kherson Oblast", List.of("Kherson region")));
    }

    @Test
    void aForeignCityCalledAVillageOfAnOblastIsAPlaceTheGazetteerLacks() {
        List<ExtractedPlace> places = extract("Ukrainian troops retook [Krakow|CITY], one of several villages "
                + "liberated in the [Kherson|STATE_OR_PROVINCE] region, and the town of [Beryslav|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::name, ExtractedPlace::kind,
                ExtractedPlace::countryCode, ExtractedPlace::regionKey).containsExactly(
                tuple(null, "Krakow", PlaceKind.SETTLEMENT, "UA", "place-2"),
                tuple("adm:UA.08", "Kherson Oblast", PlaceKind.REGION, "UA", null),
                tuple("712260", "Beryslav", PlaceKind.SETTLEMENT, "UA", "place-2"));
        assertThat(places.get(0).latitude()).isNull();
        assertThat(places.get(0).longitude()).isNull();
    }

    @Test
    void aForeignCityIsKeptWhereNothingSaysVillage() {
        List<ExtractedPlace> places = extract("Officials met in [Krakow|CITY] to discuss aid for [Kherson|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId).containsExactly("3094802", "706448",
                "adm:PL.77", "adm:UA.08");
    }

    @Test
    void aHomonymIsTheOneInTheOblastOrNearThePlacesOfItsSentence() {
        List<ExtractedPlace> places = extract("Russian drones struck [Stepove|CITY] in the Mykolaiv region. "
                + "Fighting continued near [Orikhiv|CITY] and the village of [Kamianske|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::regionKey).containsExactly(
                tuple("692536", "place-2"),
                tuple("adm:UA.16", null),
                tuple("698428", "place-5"),
                tuple("cj:UA:47.53918:35.37373", "place-5"),
                tuple("adm:UA.26", null));
    }

    @Test
    void aPersonsNameIsNoPlaceEvenWhenATownIsCalledSo() {
        List<ExtractedPlace> places = extract("Spokesman [Andriy Lyman|PERSON] said the attack on "
                + "[Sloviansk|CITY] failed.");

        assertThat(places).extracting(ExtractedPlace::name).containsExactly("Sloviansk", "Donetsk Oblast");
        assertThat(places.get(1).mentions()).isEmpty();
    }

    @Test
    void countriesResolveByTheirCommonNamesAndAcronymsOnlyInCapitals() {
        List<ExtractedPlace> places = extract("Talks between Ukraine, the [United Kingdom|COUNTRY] and the US "
                + "ended, but none of us expected more.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::name, this::mentions)
                .containsExactly(
                        tuple("country:UA", "Ukraine", List.of("Ukraine")),
                        tuple("country:GB", "United Kingdom", List.of("United Kingdom")),
                        tuple("country:US", "United States", List.of("US")));
    }

    @Test
    void riversAndSeasAreNamedWithOrWithoutTheTypeWord() {
        List<ExtractedPlace> places = extract("A bridge over the [Siverskyi Donets|LOCATION] River was destroyed "
                + "near [Lysychansk|CITY]. Ships left the port of Berdiansk on the Sea of Azov.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::kind, this::mentions)
                .containsExactly(
                        tuple("x:siverskyi-donets", PlaceKind.WATER, List.of("Siverskyi Donets River")),
                        tuple("702972", PlaceKind.SETTLEMENT, List.of("Lysychansk")),
                        tuple("712451", PlaceKind.SETTLEMENT, List.of("Berdiansk")),
                        tuple("x:sea-of-azov", PlaceKind.WATER, List.of("Sea of Azov")),
                        tuple("adm:UA.14", PlaceKind.REGION, List.of()),
                        tuple("adm:UA.26", PlaceKind.REGION, List.of()));
    }

    @Test
    void spellingsOfOnePlaceMakeOnePlaceWithEverySpellingAsAnAlias() {
        List<ExtractedPlace> places = extract("Shelling hit [Huliaipole|CITY] again; Russian media called the "
                + "town [Gulyaipole|CITY].");

        assertThat(places).hasSize(2);
        assertThat(places.get(0).gazetteerId()).isEqualTo("707898");
        assertThat(mentions(places.get(0))).containsExactly("Huliaipole", "Gulyaipole");
        assertThat(places.get(0).aliases()).contains("Gulyaipole").doesNotContain("Huliaipole");
    }

    @Test
    void theRussianInstalledRepublicIsTheOblastAndTheCapitalStandsForItself() {
        List<ExtractedPlace> places = extract("The leader of the so-called [Donetsk People's Republic|ORGANIZATION]"
                + " spoke in [Moscow|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, this::mentions).containsExactly(
                tuple("adm:UA.05", List.of("Donetsk People's Republic")),
                tuple("524901", List.of("Moscow")));
    }

    @Test
    void theTownAnOrganizationIsInIsAPlaceEvenWhenTheRecogniserSwallowsIt() {
        List<ExtractedPlace> places = extract(
                "Inspectors visited the [Khmelnytskyi Nuclear Power Plant in Netishyn|ORGANIZATION] on Monday.");

        assertThat(places).filteredOn(place -> place.name().equals("Netishyn"))
                .extracting(this::mentions).containsExactly(List.of("Netishyn"));
    }

    @Test
    void aLocationTheGazetteerLacksIsKeptWithoutCoordinates() {
        List<ExtractedPlace> places = extract("Heavy fighting was reported around [Zarichne Hill|LOCATION].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::name, ExtractedPlace::kind,
                ExtractedPlace::latitude, ExtractedPlace::regionKey)
                .containsExactly(tuple(null, "Zarichne Hill", PlaceKind.OTHER, null, null));
    }

    @Test
    void untaggedCapitalisedWordsAreNotPlacesUnlessTheGazetteerAndTheirPlaceInTheSentenceSaySo() {
        List<ExtractedPlace> places = extract("Reporters from Mobile travelled with Victoria to the front.");

        assertThat(places).isEmpty();
    }

    @Test
    void aTownTaggedAsAPersonInAListOfPlacesIsAPlace() {
        List<ExtractedPlace> places = extract("Russian troops left [Orikhiv|CITY], [Vasylivka|PERSON] and "
                + "[Polohy|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId).containsExactly("698428", "686729", "696677",
                "adm:UA.26");
    }

    @Test
    void anUnknownNameTaggedAsAPersonOrOrganisationElsewhereIsNoPlace() {
        List<ExtractedPlace> places = extract("[Kremlin|ORGANIZATION] spokesman [Dmitry Peskov|PERSON] spoke. "
                + "The [Kremlin|LOCATION] denied it. According to [Peskov|LOCATION], talks failed.");

        assertThat(places).isEmpty();
    }

    @Test
    void compassWordsAloneAreNoPlace() {
        assertThat(extract("Troops were pushed to the front lines in the [South|LOCATION].")).isEmpty();
    }

    @Test
    void aWellKnownTownStartingASentenceIsAPlaceEvenUntagged() {
        List<ExtractedPlace> places = extract("Kyiv announced new sanctions. Bakhmut was quiet. Mobile units "
                + "moved.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId).containsExactly("703448", "713174",
                "adm:UA.05");
    }

    @Test
    void anUnknownPlaceListedWithVillagesIsAVillageOfTheirOblast() {
        List<ExtractedPlace> places = extract("Ukrainian troops held positions in the areas of "
                + "[Klishchiivka|LOCATION], [Khromove|CITY] and [Ivanivske|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::name, ExtractedPlace::kind,
                ExtractedPlace::countryCode, ExtractedPlace::regionKey).containsExactly(
                tuple(null, "Klishchiivka", PlaceKind.SETTLEMENT, "UA", "place-4"),
                tuple("cj:UA:48.60057:37.94858", "Khromove", PlaceKind.SETTLEMENT, "UA", "place-4"),
                tuple("cj:UA:48.57218:37.91742", "Ivanivs'ke", PlaceKind.SETTLEMENT, "UA", "place-4"),
                tuple("adm:UA.05", "Donetsk Oblast", PlaceKind.REGION, "UA", null));
    }

    @Test
    void theAdjectiveRegionalMakesTheRegionWithoutJoiningItsName() {
        List<ExtractedPlace> places = extract("The head of the [Poltava|CITY] regional administration spoke.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, this::mentions)
                .containsExactly(tuple("adm:UA.18", List.of("Poltava")));
        assertThat(places.get(0).aliases()).contains("Poltava region");
    }

    @Test
    void aLooseLikenessCountsOnlyInTheOblastItsSentenceOrTheArticlePins() {
        String elsewhere = "Shelling hit [Chuhuiv|CITY], [Zolochiv|CITY] and [Derhachi|CITY] in the Kharkiv "
                + "region. Strikes were also reported in the Donetsk region. Residents of [Gurahova|CITY] fled.";
        String pinned = "Strikes hit [Gurahova|CITY] and [Marinka|CITY] in the Donetsk region.";

        assertThat(extract(elsewhere)).filteredOn(p -> p.name().equals("Gurahova"))
                .extracting(ExtractedPlace::gazetteerId).containsExactly((String) null);
        assertThat(extract(pinned).get(0).name()).startsWith("Kurakhov");
    }

    @Test
    void aFacilitysNameMayEndInLowerCaseWords() {
        List<ExtractedPlace> places = extract("The [Zaporizhzhia|LOCATION] nuclear power plant in Enerhodar lost "
                + "power again.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::kind, this::mentions,
                ExtractedPlace::regionKey).containsExactly(
                tuple("x:zaporizhzhia-npp", PlaceKind.FACILITY, List.of("Zaporizhzhia nuclear power plant"),
                        "place-3"),
                tuple("709276", PlaceKind.SETTLEMENT, List.of("Enerhodar"), "place-3"),
                tuple("adm:UA.26", PlaceKind.REGION, List.of(), null));
    }

    @Test
    void aBigCityTaggedAsAPersonIsStillTheCity() {
        List<ExtractedPlace> places = extract("Allies pledged air defence for [Odesa|PERSON] after strikes.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId).containsExactly("698740", "adm:UA.17");
    }

    @Test
    void aListEndsAfterItsConjunction() {
        List<ExtractedPlace> places = extract("Attacks intensified near [Marinka|LOCATION], [Pobieda|LOCATION] "
                + "and [Vuhledar|LOCATION], Ukraine's General Staff said.");

        assertThat(places).extracting(ExtractedPlace::name, ExtractedPlace::kind, ExtractedPlace::regionKey)
                .containsExactly(
                        tuple("Marinka", PlaceKind.SETTLEMENT, "place-5"),
                        tuple("Pobieda", PlaceKind.SETTLEMENT, "place-5"),
                        tuple("Vuhledar", PlaceKind.SETTLEMENT, "place-5"),
                        tuple("Ukraine", PlaceKind.COUNTRY, null),
                        tuple("Donetsk Oblast", PlaceKind.REGION, null));
    }

    // ------------------------------------------------------------------ an oblast and its like-named capital

    @Test
    void aBareNameCoordinatedWithAProvinceOfAnotherNameIsAnOblastToo() {
        List<ExtractedPlace> places = extract("Ukrainian forces pushed deeper into the province of "
                + "[Zaporizhzhia|CITY]. [Zaporizhzhia|CITY] and the adjacent province of [Kherson|CITY] were annexed "
                + "on paper only.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, this::mentions).containsExactly(
                tuple("adm:UA.26", List.of("Zaporizhzhia", "Zaporizhzhia")),
                tuple("adm:UA.08", List.of("Kherson")));
    }

    @Test
    void thePartsOfARegionNamedBarelyAreOblasts() {
        List<ExtractedPlace> places = extract("Russia wants the south, a region consisting of [Kherson|CITY] and "
                + "[Zaporizhzhia|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId).containsExactly("country:RU", "adm:UA.08",
                "adm:UA.26");
    }

    @Test
    void regionWordsAroundABareNameMakeTheOblastInAnArticleThatNamesIt() {
        List<ExtractedPlace> places = extract("Troops advanced into [Zaporizhzhia|CITY] as the Zaporizhzhia region "
                + "braced for shelling. Reinforcements reached the [Zaporizhzhia|CITY] front and neighbouring "
                + "[Kherson|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, this::mentions).containsExactly(
                tuple("adm:UA.26", List.of("Zaporizhzhia", "Zaporizhzhia region", "Zaporizhzhia")),
                tuple("706448", List.of("Kherson")),
                tuple("adm:UA.08", List.of()));
    }

    @Test
    void regionWordsAloneLeaveTheCityWhereTheArticleNeverNamesTheOblast() {
        List<ExtractedPlace> places = extract("Troops advanced into [Mykolaiv|CITY] at dawn.");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::kind)
                .containsExactly(tuple("700569", PlaceKind.SETTLEMENT), tuple("adm:UA.16", PlaceKind.REGION));
        assertThat(places.get(1).mentions()).isEmpty();
    }

    @Test
    void pointWordsKeepTheCityInAnArticleAboutItsOblast() {
        List<ExtractedPlace> places = extract("Shelling hit the Sumy region overnight. A strike near [Sumy|CITY] "
                + "killed two, and officials urged residents to evacuate [Sumy|CITY].");

        assertThat(places).extracting(ExtractedPlace::gazetteerId, this::mentions, ExtractedPlace::regionKey)
                .containsExactly(
                        tuple("adm:UA.21", List.of("Sumy region"), null),
                        tuple("692194", List.of("Sumy", "Sumy"), "place-1"));
    }

    @Test
    void aBareNameWithoutCuesTakesTheSenseItsArticleFavours() {
        List<ExtractedPlace> regionFavoured = extract("Ukrainian troops retook the region of [Chernihiv|CITY] in "
                + "April. Mines still cover farmland in [Chernihiv|CITY].");
        assertThat(regionFavoured).extracting(ExtractedPlace::gazetteerId, this::mentions)
                .containsExactly(tuple("adm:UA.02", List.of("Chernihiv", "Chernihiv")));

        List<ExtractedPlace> cityFavoured = extract("Drones exploded outside [Odesa|CITY] before dawn. Power "
                + "returned in [Odesa|CITY] by noon, the Odesa region's governor said.");
        assertThat(cityFavoured).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::kind).containsExactly(
                tuple("698740", PlaceKind.SETTLEMENT), tuple("adm:UA.17", PlaceKind.REGION));
        assertThat(cityFavoured.get(0).mentions()).hasSize(2);
    }

    @Test
    void oneArticleMayUseTheCityAndTheOblastOfOneNameAndATieIsTheCity() {
        List<ExtractedPlace> places = extract("A missile strike near [Kherson|CITY] killed three. Ukrainian "
                + "forces pushed into the province of [Kherson|CITY] from the north, and the [Kherson|CITY] front "
                + "moved south. Officials urged residents to evacuate [Kherson|CITY]. Farmers in [Kherson|CITY] "
                + "lost their harvest.");

        String body = text.text();
        assertThat(places).extracting(ExtractedPlace::gazetteerId, ExtractedPlace::kind, ExtractedPlace::regionKey)
                .containsExactly(
                        tuple("706448", PlaceKind.SETTLEMENT, "place-2"),
                        tuple("adm:UA.08", PlaceKind.REGION, null));
        assertThat(places.get(0).mentions()).extracting(TextSpan::start).containsExactly(body.indexOf("Kherson"),
                body.indexOf("Kherson", body.indexOf("evacuate")), body.indexOf("Kherson", body.indexOf("Farmers")));
        assertThat(places.get(1).mentions()).extracting(TextSpan::start).containsExactly(
                body.indexOf("Kherson", body.indexOf("province of")), body.indexOf("Kherson front"));
    }
}
