package org.frontline.extraction.seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.actor.Actors;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.quote.QuoteExtraction;
import org.frontline.extraction.quote.QuoteExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measurement, not a test: people and quotes (with speaker) of the seeds against ../shared/eval/seeds-gold.json,
 * matched as score.py matches them (folded names; a quote by its first 60 folded characters; "hard" and
 * "optional" gold items never count against the system). Run with
 * {@code java -cp target/classes:target/test-classes:<classpath> org.frontline.extraction.seeds.SeedsMeasurement}.
 */
public final class SeedsMeasurement {

    private static final Path GOLD = Path.of("../shared/eval/seeds-gold.json");

    private int peopleTp, peopleFp, peopleFn, quoteTp, quoteFp, quoteFn, speakerTp, speakerFp, speakerFn;
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        SeedsMeasurement measurement = new SeedsMeasurement();
        JsonNode gold = JsonMapper.builder().build().readTree(Files.readString(GOLD)).get("articles");
        long nanos = 0;
        int warmUps = Integer.getInteger("warmups", 3);
        for (int round = 0; round < warmUps; round++) {
            for (Path seed : SeedTexts.files()) {
                AnalyzedText analyzed = SeedTexts.analyzed(seed);
                new QuoteExtractor().extract(analyzed, new ActorExtractor().extract(analyzed));
            }
        }
        for (Path seed : SeedTexts.files()) {
            JsonNode article = gold.get(seed.getFileName().toString());
            AnalyzedText analyzed = SeedTexts.analyzed(seed);
            long start = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Actors actors = new ActorExtractor().extract(analyzed);
            QuoteExtraction quotes = new QuoteExtractor().extract(analyzed, actors);
            nanos += java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
            measurement.score(seed.getFileName().toString(), article, quotes, analyzed);
        }
        measurement.report(args.length > 0 && args[0].equals("--verbose"));
        System.out.printf("actor + quote extraction (warm, CPU time): %.1f ms for the five seeds%n", nanos / 1e6);
    }

    private void score(String file, JsonNode article, QuoteExtraction extraction, AnalyzedText analyzed) {
        Actors actors = extraction.actors();
        List<JsonNode> goldPeople = new ArrayList<>();
        article.get("people").forEach(goldPeople::add);
        Set<String> matchedGold = new HashSet<>();
        for (ExtractedPerson person : actors.people()) {
            Set<String> forms = forms(person.name(), person.aliases());
            List<JsonNode> hits = goldPeople.stream().filter(g -> intersects(forms, forms(g))).toList();
            if (hits.isEmpty()) {
                peopleFp++;
                notes.add(file + ": extra person " + person.name() + " " + person.aliases());
            }
            hits.forEach(g -> matchedGold.add(g.get("name").asString()));
        }
        for (JsonNode g : goldPeople) {
            if (g.has("hard") || g.has("optional")) {
                notes.add(file + ": optional person " + g.get("name").asString() + " "
                        + (matchedGold.contains(g.get("name").asString()) ? "found" : "missed"));
            } else if (matchedGold.contains(g.get("name").asString())) {
                peopleTp++;
            } else {
                peopleFn++;
                notes.add(file + ": missed person " + g.get("name").asString());
            }
        }

        Set<ExtractedQuote> used = new HashSet<>();
        for (JsonNode q : article.get("quotes")) {
            String start = fold(q.get("text_start").asString());
            start = start.substring(0, Math.min(60, start.length()));
            String begin = start;
            ExtractedQuote hit = extraction.quotes().stream().filter(x -> fold(x.text()).contains(begin)).findFirst()
                    .orElse(null);
            if (hit != null) {
                used.add(hit);
            }
            if (q.has("optional")) {
                notes.add(file + ": optional quote " + q.get("text_start").asString() + " -> "
                        + (hit == null ? "missed" : "found, speaker " + speakerName(actors, hit)));
                continue;
            }
            if (hit == null) {
                quoteFn++;
                speakerFn++;
                notes.add(file + ": missed quote " + q.get("text_start").asString());
                continue;
            }
            quoteTp++;
            Set<String> speakerForms = speakerForms(actors, hit);
            if (!speakerForms.isEmpty() && intersects(speakerForms, goldSpeakerForms(q, goldPeople))) {
                speakerTp++;
            } else {
                speakerFp++;
                speakerFn++;
                notes.add(file + ": quote '" + q.get("text_start").asString() + "' attributed to "
                        + speakerName(actors, hit) + ", gold " + q.get("speaker"));
            }
        }
        for (ExtractedQuote quote : extraction.quotes()) {
            if (!used.contains(quote)) {
                quoteFp++;
                speakerFp++;
                notes.add(file + ": extra quote '" + quote.text() + "' speaker " + speakerName(actors, quote));
            }
        }
    }

    private static Set<String> speakerForms(Actors actors, ExtractedQuote quote) {
        if (quote.speakerKey() == null) {
            return Set.of();
        }
        ExtractedPerson person = actors.person(quote.speakerKey());
        if (person != null) {
            return forms(person.name(), person.aliases());
        }
        ExtractedOrganization organization = actors.organization(quote.speakerKey());
        return forms(organization.name(), organization.aliases());
    }

    private static String speakerName(Actors actors, ExtractedQuote quote) {
        if (quote.speakerKey() == null) {
            return "nobody";
        }
        ExtractedPerson person = actors.person(quote.speakerKey());
        return person != null ? person.name() : actors.organization(quote.speakerKey()).name() + " (org)";
    }

    private static Set<String> goldSpeakerForms(JsonNode quote, List<JsonNode> goldPeople) {
        Set<String> names = new HashSet<>();
        if (quote.get("speaker") == null || quote.get("speaker").isNull()) {
            return names;
        }
        names.add(fold(quote.get("speaker").asString()));
        if (quote.has("speaker_aliases")) {
            quote.get("speaker_aliases").forEach(a -> names.add(fold(a.asString())));
        }
        for (JsonNode person : goldPeople) {
            if (names.contains(fold(person.get("name").asString()))) {
                names.addAll(forms(person));
            }
        }
        return names;
    }

    private static Set<String> forms(JsonNode item) {
        List<String> aliases = new ArrayList<>();
        if (item.has("aliases")) {
            item.get("aliases").forEach(a -> aliases.add(a.asString()));
        }
        return forms(item.get("name").asString(), aliases);
    }

    private static Set<String> forms(String name, List<String> aliases) {
        Set<String> forms = new HashSet<>();
        forms.add(fold(name));
        aliases.forEach(a -> forms.add(fold(a)));
        forms.remove("");
        return forms;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** score.py's fold: accents off, lowercase, apostrophes dropped, other non-alphanumerics to single spaces. */
    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        n = n.replaceAll("[’'`ʼ‘]", "");
        n = n.replaceAll("[^a-z0-9а-яіїєґ]+", " ");
        return n.trim().replaceAll("\\s+", " ");
    }

    private void report(boolean verbose) {
        System.out.println(row("people", peopleTp, peopleFp, peopleFn));
        System.out.println(row("quotes", quoteTp, quoteFp, quoteFn));
        System.out.println(row("quotes+speaker", speakerTp, speakerFp, speakerFn));
        if (verbose) {
            notes.forEach(System.out::println);
        }
    }

    private static String row(String name, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format("%-16s P %.2f  R %.2f  F1 %.2f   (tp %d, fp %d, fn %d)", name, p, r, f, tp, fp, fn);
    }
}
