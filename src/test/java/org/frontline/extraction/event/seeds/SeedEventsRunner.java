package org.frontline.extraction.event.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.extraction.ArticleExtraction;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.event.EventExtractor;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.extraction.pipeline.ArticlePipeline;
import org.frontline.extraction.place.PlaceExtractor;
import org.frontline.extraction.quote.QuoteExtractor;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.MetadataInference;
import org.frontline.ingest.RawArticle;
import org.frontline.ingest.TextCleaner;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.resolution.duplicate.ReportCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the event stage on the seeds by score.py's rule for events (same type family, a shared place; dates
 * within a day where both have one; "hard" and "optional" gold events never count against the system) and prints
 * each article's events next to the gold. Run with {@code -Dseeds=true -Dtest=SeedEventsRunner}: the project's
 * whole ArticlePipeline (cleaning, language, places, people, quotes, events). With {@code -Dplaces=extractor} the
 * events stage alone over the place extractor and crude people and quotes; with {@code -Dplaces=gold} over the gold
 * places. Add
 * {@code -Darticles=src/test/resources/events/heldout -Dgold=src/test/resources/events/heldout/gold.json} for the
 * reports written to check that the rules generalise.
 */
@EnabledIfSystemProperty(named = "seeds", matches = ".+")
class SeedEventsRunner {

    private static final Map<String, String> FAMILY = Map.ofEntries(Map.entry("territory_regained", "territory"),
            Map.entry("territory_captured", "territory"), Map.entry("withdrawal", "territory"),
            Map.entry("attack", "combat"), Map.entry("civilian_harm", "atrocity"), Map.entry("mass_grave", "atrocity"),
            Map.entry("aid_pledge", "aid"), Map.entry("political", "political"),
            Map.entry("evacuation", "evacuation"), Map.entry("other", "other"));

    @Test
    void measure() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Path folder = Path.of(System.getProperty("articles", "seeds"));
        Path goldFile = Path.of(System.getProperty("gold", "../shared/eval/seeds-gold.json"));
        JsonNode gold = json.readTree(Files.readString(goldFile)).get("articles");
        JsonNode manifest = json.readTree(Files.readString(folder.resolve("manifest.json")));
        Map<String, LocalDate> dates = new HashMap<>();
        manifest.forEach(m -> dates.put(m.get("file").asString(), LocalDate.parse(m.get("published").asString())));
        AnalysisCache cache = new AnalysisCache(Path.of("target/analysis-cache"), CoreNlpAnalyzer::new);
        EventExtractor extractor = new EventExtractor();
        boolean goldPlaces = "gold".equals(System.getProperty("places"));
        boolean wholePipeline = System.getProperty("places") == null;
        PlaceExtractor placeExtractor = goldPlaces ? null : new PlaceExtractor(Gazetteer.loadDefault());
        ArticlePipeline pipeline = wholePipeline ? new ArticlePipeline(new TextCleaner(), new MetadataInference(),
                new CachingAnalyzer(Path.of("target/analysis-cache")), placeExtractor, new ActorExtractor(),
                new QuoteExtractor(), extractor, new ReportCopies()) : null;
        int tp = 0, fp = 0, fn = 0, datesChecked = 0, datesOk = 0;
        List<String> fileNames = new ArrayList<>();
        gold.propertyNames().forEach(fileNames::add);
        for (String fileName : fileNames) {
            String text = Files.readString(folder.resolve(fileName));
            LocalDate date = dates.get(fileName);
            JsonNode article = gold.get(fileName);
            List<ExtractedPlace> extractedPlaces;
            List<ExtractedEvent> events;
            if (wholePipeline) {
                ArticleExtraction extraction = pipeline.extract(new RawArticle(fileName, folder.toString(), text,
                        new ArticleMetadata(null, null, null, null, date, "en")));
                extractedPlaces = extraction.places();
                events = extraction.events();
            } else {
                AnalyzedText analyzed = cache.analyze(fileName, text, date);
                SeedFixture fixture = goldPlaces ? new SeedFixture(analyzed, article.get("places"))
                        : new SeedFixture(analyzed, placeExtractor.extract(analyzed));
                extractedPlaces = fixture.places;
                events = extractor.extract(analyzed, date, fixture.places, fixture.people, fixture.organizations,
                        fixture.quotes);
            }
            Map<String, ExtractedPlace> places = new HashMap<>();
            extractedPlaces.forEach(p -> places.put(p.key(), p));
            System.out.println("\n=== " + fileName + " (" + date + ")");
            System.out.println("  places: " + extractedPlaces.stream().map(p -> p.name() + "/" + p.kind()
                    + (p.mentions().isEmpty() ? "(unnamed)" : "")).toList());
            Set<Integer> used = new HashSet<>();
            for (JsonNode g : article.get("events")) {
                Set<String> families = new HashSet<>();
                families.add(FAMILY.get(g.get("type").asString()));
                if (g.has("alt_types")) {
                    g.get("alt_types").forEach(t -> families.add(FAMILY.get(t.asString())));
                }
                Set<String> goldForms = goldForms(article.get("places"), g.get("place").asString());
                int hit = -1;
                for (int i = 0; i < events.size(); i++) {
                    ExtractedEvent e = events.get(i);
                    if (used.contains(i) || !families.contains(e.type().family())) {
                        continue;
                    }
                    if (e.placeKeys().stream().anyMatch(k -> !java.util.Collections.disjoint(
                            forms(places.get(k), k), goldForms))) {
                        hit = i;
                        break;
                    }
                }
                if (hit >= 0) {
                    used.add(hit);
                }
                boolean optional = g.has("hard") || g.has("optional");
                String goldDate = g.get("date").isNull() ? null : g.get("date").asString();
                String verdict;
                if (hit >= 0) {
                    ExtractedEvent e = events.get(hit);
                    String dateNote = "";
                    if (goldDate != null && e.date() != null) {
                        long diff = Math.abs(e.date().toEpochDay() - LocalDate.parse(goldDate).toEpochDay());
                        if (!optional) {
                            datesChecked++;
                            datesOk += diff <= 1 ? 1 : 0;
                        }
                        dateNote = diff <= 1 ? " date ok" : " DATE OFF " + e.date();
                    }
                    verdict = "found #" + hit + dateNote;
                    if (!optional) {
                        tp++;
                    }
                } else {
                    verdict = "MISSED";
                    if (!optional) {
                        fn++;
                    }
                }
                System.out.printf("  gold %-18s %-14s %-10s %s%s -> %s%n", g.get("type").asString(),
                        g.get("place").asString(), goldDate, optional ? "(hard) " : "",
                        g.get("summary").asString(), verdict);
            }
            for (int i = 0; i < events.size(); i++) {
                ExtractedEvent e = events.get(i);
                if (!used.contains(i)) {
                    fp++;
                }
                System.out.printf("  %s #%d %-18s %s %s %s | %s%n", used.contains(i) ? "ok " : "FP ", i, e.type(),
                        e.date(), e.datePrecision(), e.placeKeys(), e.title());
                for (var span : e.evidence()) {
                    System.out.println("        « " + span.of(text).replace('\n', ' ') + " »");
                    for (String key : e.placeKeys()) {
                        places.get(key).mentions().stream()
                                .filter(m -> m.start() >= span.start() && m.end() <= span.end())
                                .forEach(m -> System.out.println("          " + key + " at «" + m.of(text) + "»"));
                    }
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%nevents P %.2f  R %.2f  F1 %.2f   (tp %d, fp %d, fn %d); dates within a day %d/%d%n",
                p, r, f1, tp, fp, fn, datesOk, datesChecked);
        assertThat(tp + fn).isPositive();
    }

    private static Set<String> goldForms(JsonNode goldPlaces, String name) {
        Set<String> forms = new HashSet<>();
        forms.add(SeedFixture.fold(name));
        for (JsonNode place : goldPlaces) {
            if (place.get("name").asString().equals(name) && place.has("aliases")) {
                place.get("aliases").forEach(a -> forms.add(SeedFixture.fold(a.asString())));
            }
        }
        return forms;
    }

    private static Set<String> forms(ExtractedPlace place, String fallback) {
        Set<String> forms = new HashSet<>();
        forms.add(SeedFixture.fold(fallback));
        if (place != null) {
            forms.add(SeedFixture.fold(place.name()));
            place.aliases().forEach(a -> forms.add(SeedFixture.fold(a)));
        }
        return forms;
    }
}
