package org.frontline.extraction.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.vocabulary.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Place extraction behind the real CoreNLP analyzer. Loading its models takes half a minute, so these tests are
 * few and share one analyzer. The seed measurement runs only on demand:
 * {@code ./mvnw -o -q -B test -Dtest=PlaceExtractorCoreNlpTest -Dfrontline.measure=true}.
 */
class PlaceExtractorCoreNlpTest {

    private static CoreNlpAnalyzer analyzer;
    private static PlaceExtractor extractor;

    @BeforeAll
    static void load() {
        analyzer = new CoreNlpAnalyzer();
        extractor = new PlaceExtractor(Gazetteer.loadDefault());
    }

    private static List<ExtractedPlace> extract(String text) {
        return extractor.extract(analyzer.analyze(text, LocalDate.of(2023, 6, 10)));
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

    // ------------------------------------------------------------------ measurement on the seeds

    @Test
    @EnabledIfSystemProperty(named = "frontline.measure", matches = "true")
    void measureOnTheSeeds() throws IOException {
        Path shared = Path.of("..", "shared");
        JsonNode gold = JsonMapper.builder().build().readTree(shared.resolve("eval/seeds-gold.json").toFile())
                .get("articles");
        List<AnalyzedText> analyzedSeeds = new ArrayList<>();
        int[] all = new int[3];
        int[] withMentions = new int[3];
        long analyzeNanos = 0;
        long extractNanos = 0;
        for (String file : gold.propertyNames()) {
            String text = Files.readString(shared.resolve("seeds").resolve(file));
            long t0 = System.nanoTime();
            AnalyzedText analyzed = analyzer.analyze(text, null);
            long t1 = System.nanoTime();
            analyzedSeeds.add(analyzed);
            List<ExtractedPlace> places = extractor.extract(analyzed);
            extractNanos += System.nanoTime() - t1;
            analyzeNanos += t1 - t0;
            System.out.println("\n=== " + file);
            score(gold.get(file).get("places"), places, text, all, true);
            score(gold.get(file).get("places"), places.stream().filter(p -> !p.mentions().isEmpty()).toList(),
                    text, withMentions, false);
        }
        System.out.printf("%nplaces, every extracted place:        %s%n", prf(all));
        System.out.printf("places, only places the text mentions: %s%n", prf(withMentions));
        long warm = System.nanoTime();
        int rounds = 20;
        for (int i = 0; i < rounds; i++) {
            analyzedSeeds.forEach(extractor::extract);
        }
        double warmMillis = (System.nanoTime() - warm) / 1e6 / rounds / analyzedSeeds.size();
        System.out.printf("time: CoreNLP %d ms, place extraction %d ms (5 articles, first run); warm %.1f ms per "
                + "article%n", analyzeNanos / 1_000_000, extractNanos / 1_000_000, warmMillis);
    }

    /** The scorer's rule: a system place matches a gold place when any of their names fold to the same form. */
    private static void score(JsonNode goldPlaces, List<ExtractedPlace> places, String text, int[] tally,
            boolean print) {
        Set<String> matchedGold = new HashSet<>();
        for (ExtractedPlace place : places) {
            Set<String> forms = forms(place.name(), place.aliases());
            List<String> hits = new ArrayList<>();
            for (JsonNode g : goldPlaces) {
                if (!disjoint(forms, goldForms(g))) {
                    hits.add(g.get("name").asString());
                }
            }
            if (hits.isEmpty()) {
                tally[1]++;
            }
            matchedGold.addAll(hits);
            if (print) {
                System.out.printf("  %-4s %-24s %-10s %-22s %s%n", hits.isEmpty() ? "FP" : "ok", place.name(),
                        place.kind(), place.gazetteerId(),
                        place.mentions().stream().map(s -> s.of(text)).distinct().toList());
            }
        }
        for (JsonNode g : goldPlaces) {
            boolean optional = g.has("hard") || g.has("optional");
            String name = g.get("name").asString();
            if (optional) {
                if (print) {
                    System.out.printf("  hard %-24s %s%n", name, matchedGold.contains(name) ? "found" : "missed");
                }
            } else if (matchedGold.contains(name)) {
                tally[0]++;
            } else {
                tally[2]++;
                if (print) {
                    System.out.printf("  MISS %s%n", name);
                }
            }
        }
    }

    private static Set<String> goldForms(JsonNode g) {
        List<String> aliases = new ArrayList<>();
        if (g.has("aliases")) {
            g.get("aliases").forEach(a -> aliases.add(a.asString()));
        }
        return forms(g.get("name").asString(), aliases);
    }

    private static Set<String> forms(String name, List<String> aliases) {
        Set<String> forms = new HashSet<>();
        forms.add(fold(name));
        aliases.forEach(a -> forms.add(fold(a)));
        forms.remove("");
        return forms;
    }

    /** score.py's fold. */
    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        d = d.replaceAll("[’'`ʼ‘]", "").replaceAll("[^a-z0-9а-яіїєґ]+", " ");
        return String.join(" ", d.trim().split("\\s+"));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static String prf(int[] t) {
        double p = t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
        double r = t[0] + t[2] == 0 ? 0 : (double) t[0] / (t[0] + t[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format("P %.2f R %.2f F1 %.2f (tp %d, fp %d, fn %d)", p, r, f, t[0], t[1], t[2]);
    }
}
