package org.frontline.quality;

import static org.frontline.quality.NameForms.forms;
import static org.frontline.quality.NameForms.intersect;
import static org.frontline.quality.PythonText.head;
import static org.frontline.quality.PythonText.repr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * ../shared/eval/score.py's rules, line for line, over the same JSON: gold files' {@code articles} on one side, the
 * GraphQL API's sources (score.py's query) on the other. Articles are matched by file name.
 * <ul>
 * <li>places and people: a record matches every gold entity it shares a folded form with; a record matching none
 * is an extra, a gold entity no record matches a miss;</li>
 * <li>quotes: the first quote (in API order) containing the first 60 folded characters of the gold quote; one
 * quote may match several gold quotes; its speaker is right when one of its forms is one of the gold speaker's
 * (gold speaker, speaker aliases, and the forms of the gold person of that name);</li>
 * <li>events: greedily in gold order, the first unused event of a type of the same family (of the gold type or an
 * {@code alt_types}) with a place whose forms, or the forms of a region above it, meet those of the gold place
 * or an {@code alt_places}; its date is right within a day;</li>
 * <li>gold items marked {@code hard} or {@code optional} (quotes: {@code optional} only) count neither way, but
 * still use up what they match;</li>
 * <li>identity over the whole set: a gold entity (by name) matched by several records is a split, a record matching
 * several gold entities a merge.</li>
 * </ul>
 */
final class GoldScorer {

    static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("territory_regained", "territory"), Map.entry("territory_captured", "territory"),
            Map.entry("withdrawal", "territory"), Map.entry("attack", "combat"),
            Map.entry("armed_clash", "combat"), Map.entry("strike", "combat"),
            Map.entry("civilian_harm", "atrocity"), Map.entry("mass_grave", "atrocity"),
            Map.entry("aid_pledge", "aid"), Map.entry("political", "political"),
            Map.entry("evacuation", "evacuation"), Map.entry("other", "other"));

    private record IdentityKey(String side, String kind, String name) {
    }

    private final Scorecard card = new Scorecard();
    private final Map<IdentityKey, Set<String>> identity = new LinkedHashMap<>();

    private GoldScorer() {
    }

    /**
     * @param goldArticles a gold file's {@code articles}: file name to places, people, quotes and events
     * @param sources      the sources the API returns for score.py's query
     */
    static Scorecard score(JsonNode goldArticles, List<JsonNode> sources) {
        GoldScorer scorer = new GoldScorer();
        Map<String, JsonNode> byFileName = new LinkedHashMap<>();
        for (JsonNode source : sources) {
            if (Json.truthy(source.get("fileName"))) {
                byFileName.put(Json.text(source.get("fileName")), source);
            }
        }
        for (String fileName : goldArticles.propertyNames()) {
            scorer.article(fileName, goldArticles.get(fileName), byFileName.get(fileName));
        }
        scorer.identity();
        return scorer.card;
    }

    private void article(String fileName, JsonNode gold, JsonNode source) {
        card.goldArticles++;
        if (source == null) {
            card.notes.add(fileName + ": no source with this fileName");
            for (String kind : List.of("places", "people", "events")) {
                card.tally(kind).fn += counted(gold.get(kind));
            }
            int quotes = 0;
            for (JsonNode quote : gold.get("quotes")) {
                quotes += Json.truthy(quote.get("optional")) ? 0 : 1;
            }
            card.tally("quotes").fn += quotes;
            card.tally("quotes+speaker").fn += quotes;
            return;
        }
        card.articlesScored++;
        entities("place", source.get("places"), gold.get("places"), card.tally("places"), fileName);
        entities("person", source.get("people"), gold.get("people"), card.tally("people"), fileName);
        quotes(source.get("quotes"), gold, fileName);
        events(source.get("events"), gold, fileName);
    }

    /** Places or people of one article. */
    private void entities(String kind, JsonNode records, JsonNode goldItems, Tally tally, String fileName) {
        Map<String, Set<String>> matchedGold = new LinkedHashMap<>();
        for (JsonNode record : records) {
            Set<String> recordForms = forms(record);
            List<JsonNode> hits = new ArrayList<>();
            goldItems.forEach(g -> {
                if (intersect(recordForms, forms(g))) {
                    hits.add(g);
                }
            });
            if (hits.isEmpty()) {
                tally.fp++;
                card.notes.add(fileName + ": extra " + kind + " " + repr(Json.text(record.get("name"))));
            }
            String id = Json.text(record.get("id"));
            for (JsonNode g : hits) {
                matchedGold.computeIfAbsent(name(g), n -> new LinkedHashSet<>()).add(id);
                if (!notCounted(g)) {
                    identity.computeIfAbsent(new IdentityKey("sys", kind, id), k -> new LinkedHashSet<>())
                            .add(name(g));
                }
            }
        }
        for (JsonNode g : goldItems) {
            if (notCounted(g)) {
                card.notes.add(fileName + ": optional " + kind + " " + repr(name(g)) + " "
                        + (matchedGold.containsKey(name(g)) ? "found" : "missed"));
                continue;
            }
            if (matchedGold.containsKey(name(g))) {
                tally.tp++;
                identity.computeIfAbsent(new IdentityKey("gold", kind, name(g)), k -> new LinkedHashSet<>())
                        .addAll(matchedGold.get(name(g)));
            } else {
                tally.fn++;
                card.notes.add(fileName + ": missed " + kind + " " + repr(name(g)));
            }
        }
    }

    private void quotes(JsonNode quotes, JsonNode gold, String fileName) {
        Tally found = card.tally("quotes");
        Tally attributed = card.tally("quotes+speaker");
        Set<String> used = new HashSet<>();
        for (JsonNode q : gold.get("quotes")) {
            String textStart = Json.text(q.get("text_start"));
            String start = head(NameForms.fold(textStart), 60);
            JsonNode hit = null;
            for (JsonNode quote : quotes) {
                if (!start.isEmpty() && NameForms.fold(Json.text(quote.get("text"))).contains(start)) {
                    hit = quote;
                    break;
                }
            }
            if (hit != null) {
                used.add(Json.text(hit.get("id")));
            }
            if (Json.truthy(q.get("optional"))) {
                continue;
            }
            if (hit == null) {
                found.fn++;
                attributed.fn++;
                card.notes.add(fileName + ": missed quote " + repr(head(textStart, 50)));
                continue;
            }
            found.tp++;
            card.speakersChecked++;
            JsonNode speaker = hit.get("speaker");
            if (Json.truthy(speaker) && intersect(forms(speaker), goldSpeakerForms(q, gold.get("people")))) {
                card.speakersRight++;
                attributed.tp++;
            } else {
                attributed.fn++;
                attributed.fp++;
                card.notes.add(fileName + ": quote " + repr(head(textStart, 40)) + " attributed to "
                        + repr(Json.truthy(speaker) ? Json.text(speaker.get("name")) : null) + ", gold "
                        + repr(Json.text(q.get("speaker"))));
            }
        }
        for (JsonNode quote : quotes) {
            if (!used.contains(Json.text(quote.get("id")))) {
                found.fp++;
                attributed.fp++;
                card.notes.add(fileName + ": extra quote " + repr(head(Json.text(quote.get("text")), 50)));
            }
        }
    }

    /** The gold speaker's name and aliases, grown by the forms of each gold person (in order) it names. */
    private static Set<String> goldSpeakerForms(JsonNode quote, JsonNode goldPeople) {
        Set<String> names = new LinkedHashSet<>();
        if (!Json.truthy(quote.get("speaker"))) {
            return names;
        }
        names.add(NameForms.fold(Json.text(quote.get("speaker"))));
        Json.list(quote.get("speaker_aliases")).forEach(alias -> names.add(NameForms.fold(Json.text(alias))));
        for (JsonNode person : goldPeople) {
            if (names.contains(NameForms.fold(name(person)))) {
                names.addAll(forms(person));
            }
        }
        return names;
    }

    private void events(JsonNode events, JsonNode gold, String fileName) {
        Tally tally = card.tally("events");
        Map<String, JsonNode> goldPlaces = new LinkedHashMap<>();
        gold.get("places").forEach(place -> goldPlaces.put(name(place), place));
        Set<String> used = new HashSet<>();
        for (JsonNode ge : gold.get("events")) {
            Set<String> placeForms = new LinkedHashSet<>();
            List<String> placeNames = new ArrayList<>();
            placeNames.add(Json.text(ge.get("place")));
            Json.list(ge.get("alt_places")).forEach(p -> placeNames.add(Json.text(p)));
            for (String placeName : placeNames) {
                JsonNode place = goldPlaces.get(placeName);
                if (place != null) {
                    placeForms.addAll(forms(place));
                } else if (placeName != null && !placeName.isEmpty() && !NameForms.fold(placeName).isEmpty()) {
                    placeForms.add(NameForms.fold(placeName));
                }
            }
            Set<String> families = new HashSet<>();
            families.add(family(Json.text(ge.get("type"))));
            Json.list(ge.get("alt_types")).forEach(t -> families.add(family(Json.text(t))));
            JsonNode hit = null;
            for (JsonNode event : Json.list(events)) {
                if (used.contains(Json.text(event.get("id")))) {
                    continue;
                }
                String type = Json.truthy(event.get("type")) ? Json.text(event.get("type")) : "";
                if (!families.contains(family(type.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                boolean atThePlace = false;
                for (JsonNode place : Json.list(event.get("places"))) {
                    atThePlace |= intersect(NameForms.within(place), placeForms);
                }
                if (atThePlace) {
                    hit = event;
                    break;
                }
            }
            if (hit != null) {
                used.add(Json.text(hit.get("id")));
            }
            String summary = Json.text(ge.get("summary"));
            if (notCounted(ge)) {
                card.notes.add(fileName + ": optional event " + repr(head(summary, 50)) + " "
                        + (hit != null ? "found" : "missed"));
                continue;
            }
            if (hit != null) {
                tally.tp++;
                if (Json.truthy(ge.get("date")) && Json.truthy(hit.get("date"))) {
                    card.datesChecked++;
                    String date = Json.text(hit.get("date"));
                    long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(Json.text(ge.get("date"))),
                            LocalDate.parse(head(date, 10))));
                    if (days <= 1) {
                        card.datesRight++;
                    } else {
                        card.notes.add(fileName + ": event " + repr(head(summary, 40)) + " dated " + date
                                + ", gold " + Json.text(ge.get("date")));
                    }
                }
            } else {
                tally.fn++;
                card.notes.add(fileName + ": missed event " + pythonStr(Json.text(ge.get("type"))) + " at "
                        + pythonStr(Json.text(ge.get("place"))) + ": " + head(summary, 50));
            }
        }
        for (JsonNode event : Json.list(events)) {
            if (!used.contains(Json.text(event.get("id")))) {
                tally.fp++;
                List<String> names = new ArrayList<>();
                Json.list(event.get("places")).forEach(p -> names.add(Json.text(p.get("name"))));
                card.notes.add(fileName + ": extra event " + pythonStr(Json.text(event.get("type"))) + " at "
                        + repr(names));
            }
        }
    }

    private void identity() {
        List<String> splits = new ArrayList<>();
        List<String> merges = new ArrayList<>();
        identity.forEach((key, matched) -> {
            if (matched.size() > 1 && key.side().equals("gold")) {
                splits.add(key.name());
            }
            if (matched.size() > 1 && key.side().equals("sys")) {
                merges.add(key.kind() + " " + key.name() + ": "
                        + repr(matched.stream().sorted(PythonText.BY_CODE_POINT).toList()));
            }
        });
        splits.sort(PythonText.BY_CODE_POINT);
        merges.sort(PythonText.BY_CODE_POINT);
        card.splits = List.copyOf(splits);
        card.merges = List.copyOf(merges);
    }

    private static String family(String type) {
        return type == null ? "other" : FAMILY.getOrDefault(type, "other");
    }

    /** Gold places, people and events marked hard or optional count neither for nor against the system. */
    private static boolean notCounted(JsonNode goldItem) {
        return Json.truthy(goldItem.get("hard")) || Json.truthy(goldItem.get("optional"));
    }

    private static int counted(JsonNode goldItems) {
        int counted = 0;
        for (JsonNode item : goldItems) {
            counted += notCounted(item) ? 0 : 1;
        }
        return counted;
    }

    private static String name(JsonNode item) {
        return Json.text(item.get("name"));
    }

    /** {@code f"{x}"}: None for null. */
    private static String pythonStr(String s) {
        return s == null ? "None" : s;
    }
}
