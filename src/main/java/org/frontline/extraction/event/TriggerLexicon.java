package org.frontline.extraction.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.vocabulary.EventType;

/**
 * The words and phrases that report events, read from {@code triggers.txt} next to this class (the file documents
 * its format and the reasoning behind each group of entries).
 */
public final class TriggerLexicon {

    static final int MAX_GAP = 6;
    private static final String RESOURCE = "triggers.txt";

    private final List<TriggerEntry> entries;
    private final Map<String, List<TriggerEntry>> byFirstForm = new HashMap<>();

    private TriggerLexicon(List<TriggerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (TriggerEntry entry : this.entries) {
            for (String form : entry.steps().get(0).forms()) {
                byFirstForm.computeIfAbsent(form, f -> new ArrayList<>()).add(entry);
            }
        }
    }

    public static TriggerLexicon standard() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TriggerLexicon parse(List<String> lines) {
        List<TriggerEntry> entries = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            entries.add(parseEntry(trimmed));
        }
        return new TriggerLexicon(entries);
    }

    private static TriggerEntry parseEntry(String line) {
        String[] fields = line.split("\\|", -1);
        if (fields.length < 3) {
            throw new IllegalArgumentException("bad trigger line: " + line);
        }
        String typeName = fields[0].strip();
        boolean directional = typeName.equals("TERRITORY_TAKEN");
        EventType type = directional ? EventType.TERRITORY_CAPTURED : EventType.valueOf(typeName);
        List<TriggerEntry.Step> steps = parseSteps(fields[1].strip());
        String label = fields[2].strip();
        Set<String> options = fields.length > 3
                ? Arrays.stream(fields[3].split("[ ,]+")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet())
                : Set.of();
        return new TriggerEntry(type, directional, steps, label, options.contains("place-object"),
                options.contains("civilian"), options.contains("casualty"), options.contains("acting"));
    }

    private static List<TriggerEntry.Step> parseSteps(String pattern) {
        List<TriggerEntry.Step> steps = new ArrayList<>();
        boolean gap = false;
        for (String part : pattern.split("\\s+")) {
            if (part.equals("...")) {
                gap = true;
                continue;
            }
            String[] formAndPos = part.split("/");
            PartOfSpeech pos = formAndPos.length > 1 ? PartOfSpeech.fromCode(formAndPos[1]) : PartOfSpeech.ANY;
            Set<String> forms = Arrays.stream(formAndPos[0].split(",")).map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            steps.add(new TriggerEntry.Step(forms, pos, gap));
            gap = false;
        }
        if (steps.isEmpty() || steps.get(0).gapBefore()) {
            throw new IllegalArgumentException("bad trigger pattern: " + pattern);
        }
        return steps;
    }

    /** The event types some entry reports (taken ground counting as both captured and regained). */
    Set<EventType> typesCovered() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (TriggerEntry entry : entries) {
            types.add(entry.type());
            if (entry.directional()) {
                types.add(EventType.TERRITORY_REGAINED);
            }
        }
        return types;
    }

    /** The triggers in a sentence; where matches overlap, the longer one wins. */
    public List<Trigger> find(Sentence sentence) {
        List<Trigger> matches = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int start = 0; start < tokens.size(); start++) {
            Set<TriggerEntry> candidates = new LinkedHashSet<>();
            candidates.addAll(byFirstForm.getOrDefault(PartOfSpeech.lemma(tokens.get(start)), List.of()));
            candidates.addAll(byFirstForm.getOrDefault(PartOfSpeech.word(tokens.get(start)), List.of()));
            for (TriggerEntry entry : candidates) {
                List<Integer> matched = match(entry, tokens, start);
                if (matched != null && (!entry.acting() || verbFollows(tokens, matched.get(matched.size() - 1)))) {
                    matches.add(new Trigger(entry, sentence, matched));
                }
            }
        }
        matches.sort(Comparator.comparingInt((Trigger t) -> -t.tokenIndexes().size())
                .thenComparingInt(Trigger::first));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger candidate : matches) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Trigger::first));
        return kept;
    }

    private static boolean verbFollows(List<Token> tokens, int last) {
        for (int i = last + 1; i < Math.min(tokens.size(), last + 3); i++) {
            if (PartOfSpeech.isVerb(tokens.get(i)) || PartOfSpeech.tag(tokens.get(i)).equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> match(TriggerEntry entry, List<Token> tokens, int start) {
        List<Integer> matched = new ArrayList<>();
        int next = start;
        for (TriggerEntry.Step step : entry.steps()) {
            int limit = step.gapBefore() ? Math.min(tokens.size() - 1, next + MAX_GAP) : next;
            int found = -1;
            for (int i = next; i <= limit && i < tokens.size(); i++) {
                if (matches(step, tokens.get(i))) {
                    found = i;
                    break;
                }
                if (PartOfSpeech.isClausePunctuation(tokens.get(i))) {
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            matched.add(found);
            next = found + 1;
        }
        return matched;
    }

    private static boolean matches(TriggerEntry.Step step, Token token) {
        Set<String> forms = step.forms();
        return step.partOfSpeech().accepts(token)
                && (forms.contains(PartOfSpeech.lemma(token)) || forms.contains(PartOfSpeech.word(token)));
    }
}
