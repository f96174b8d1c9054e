package org.frontline.extraction.event.seeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.EntityMention;
import org.frontline.extraction.language.Sentence;
import org.frontline.vocabulary.PlaceKind;
import org.frontline.vocabulary.TextSpan;
import tools.jackson.databind.JsonNode;

/**
 * Stand-ins for the stages that run before events, for measuring on the seeds only: places from the project's
 * {@link org.frontline.extraction.place.PlaceExtractor}, or (crude) the gold places found by their spellings,
 * longest first; people and organizations the recogniser's PERSON and ORGANIZATION mentions grouped by text; quotes
 * the text between quotation marks, without speakers.
 */
public final class SeedFixture {

    public final List<ExtractedPlace> places = new ArrayList<>();
    public final List<ExtractedPerson> people = new ArrayList<>();
    public final List<ExtractedOrganization> organizations = new ArrayList<>();
    public final List<ExtractedQuote> quotes = new ArrayList<>();

    public SeedFixture(AnalyzedText analyzed, List<ExtractedPlace> places) {
        this.places.addAll(places);
        namesAndQuotes(analyzed);
    }

    public SeedFixture(AnalyzedText analyzed, JsonNode goldPlaces) {
        places.addAll(goldPlaces(analyzed.text(), goldPlaces));
        namesAndQuotes(analyzed);
    }

    private static List<ExtractedPlace> goldPlaces(String text, JsonNode goldPlaces) {
        List<ExtractedPlace> places = new ArrayList<>();
        record Form(String form, JsonNode place) {
        }
        List<Form> forms = new ArrayList<>();
        for (JsonNode place : goldPlaces) {
            forms.add(new Form(place.get("name").asString(), place));
            if (place.has("aliases")) {
                place.get("aliases").forEach(a -> forms.add(new Form(a.asString(), place)));
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.form().length()));
        Map<String, List<TextSpan>> spans = new LinkedHashMap<>();
        List<TextSpan> claimed = new ArrayList<>();
        for (Form form : forms) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form.form()) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                TextSpan span = new TextSpan(m.start(), m.end());
                if (claimed.stream().noneMatch(c -> c.start() < span.end() && span.start() < c.end())) {
                    claimed.add(span);
                    spans.computeIfAbsent(form.place().get("name").asString(), k -> new ArrayList<>()).add(span);
                }
            }
        }
        for (JsonNode place : goldPlaces) {
            String name = place.get("name").asString();
            List<String> aliases = new ArrayList<>();
            if (place.has("aliases")) {
                place.get("aliases").forEach(a -> aliases.add(a.asString()));
            }
            PlaceKind kind = switch (place.get("kind").asString()) {
                case "settlement" -> PlaceKind.SETTLEMENT;
                case "region" -> PlaceKind.REGION;
                case "country" -> PlaceKind.COUNTRY;
                case "river" -> PlaceKind.WATER;
                default -> PlaceKind.OTHER;
            };
            String country = place.has("country") ? place.get("country").asString() : null;
            places.add(new ExtractedPlace(name, null, name, aliases, kind, country, null, null, null,
                    spans.getOrDefault(name, List.of())));
        }
        return places;
    }

    private void namesAndQuotes(AnalyzedText analyzed) {
        String text = analyzed.text();
        Map<String, List<TextSpan>> persons = new LinkedHashMap<>();
        Map<String, List<TextSpan>> orgs = new LinkedHashMap<>();
        for (EntityMention e : analyzed.entities()) {
            if (e.type().equals("PERSON")) {
                persons.computeIfAbsent(e.text(), k -> new ArrayList<>()).add(new TextSpan(e.start(), e.end()));
            } else if (e.type().equals("ORGANIZATION")) {
                orgs.computeIfAbsent(e.text(), k -> new ArrayList<>()).add(new TextSpan(e.start(), e.end()));
            }
        }
        persons.forEach((name, s) -> people.add(new ExtractedPerson("person:" + name, name, List.of(), null, s)));
        orgs.forEach((name, s) -> organizations.add(new ExtractedOrganization("org:" + name, name, List.of(), s)));
        for (String pattern : List.of("“([^”\n]{12,}?)”", "\"([^\"\n]{12,}?)\"")) {
            Matcher quote = Pattern.compile(pattern).matcher(text);
            while (quote.find()) {
                TextSpan span = new TextSpan(quote.start(1), quote.end(1));
                Sentence first = analyzed.sentenceAt(span.start());
                TextSpan evidence = first == null ? span : new TextSpan(first.start(), Math.max(first.end(), span.end()));
                quotes.add(new ExtractedQuote(quote.group(1), span, evidence, null));
            }
        }
    }

    static String fold(String s) {
        String n = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[’'`ʼ‘]", "")
                .replaceAll("[^a-z0-9а-яіїєґ]+", " ");
        return n.strip().replaceAll("\\s+", " ");
    }
}
