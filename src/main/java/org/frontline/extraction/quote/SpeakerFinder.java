package org.frontline.extraction.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.actor.Actors;
import org.frontline.extraction.actor.SpeechVerbs;
import org.frontline.extraction.actor.TitleWords;
import org.frontline.extraction.actor.TokenSequence;
import org.frontline.knowledge.WordList;
import org.frontline.knowledge.name.GivenNames.Gender;
import org.frontline.knowledge.name.GivenNames;
import org.frontline.knowledge.name.NameFolding;
import org.frontline.vocabulary.TextSpan;

/**
 * Finds who speaks in one stretch of attribution (the words after a quotation up to the sentence's end, or
 * before it from the sentence's start): "X said", "said X", "according to X", "X told Reuters", "X wrote on
 * Telegram"; a pronoun or "the official" resolved to the person named last before; "a spokeswoman for X" to the
 * organization X; "the post reads" or "the ministry said" to the organization named last before; "citing X"
 * to X.
 */
final class SpeakerFinder {

    /** What an attribution found: a speaker key, or a speech verb with nobody to resolve it to. */
    record Attribution(String speakerKey, int token) {
        static final Attribution NOBODY = new Attribution(null, -1);

        boolean found() {
            return token >= 0;
        }
    }

    private static final Set<String> DETERMINERS = WordList.words(SpeakerFinder.class, "speaker-determiners.txt");
    private static final Set<String> SPOKESPEOPLE = WordList.words(SpeakerFinder.class, "spokespeople.txt");
    private static final Set<String> PUBLICATIONS = WordList.words(SpeakerFinder.class, "publication-nouns.txt");
    private static final Set<String> ORGANIZATION_NOUNS = WordList.words(SpeakerFinder.class, "organization-nouns.txt");
    private static final Set<String> INDEFINITE = WordList.words(SpeakerFinder.class, "indefinite-pronouns.txt");
    private static final int PRONOUN_WINDOW_SENTENCES = 5;
    private static final Set<String> NOT_ORGANIZATION_TAGS = Set.of("PERSON", "LOCATION", "CITY",
            "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY", "DATE", "TIME", "TITLE", "NUMBER");

    private final TokenSequence tokens;
    private Actors actors;
    private final List<QuotedSpan> quotes;
    private final Map<Integer, String> actorAt = new HashMap<>();
    private final Map<Integer, Integer> actorEnd = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();

    SpeakerFinder(TokenSequence tokens, Actors actors, List<QuotedSpan> quotes) {
        this.tokens = tokens;
        this.actors = actors;
        this.quotes = quotes;
        for (ExtractedPerson person : actors.people()) {
            index(person.key(), person.mentions());
            List<String> words = NameFolding.words(person.name());
            genders.put(person.key(), words.size() >= 2 ? GivenNames.standard().gender(words.get(0)) : Gender.UNKNOWN);
        }
        for (ExtractedOrganization organization : actors.organizations()) {
            index(organization.key(), organization.mentions());
        }
    }

    private void index(String key, List<TextSpan> mentions) {
        for (TextSpan span : mentions) {
            int first = tokens.firstAtOrAfter(span.start());
            int last = tokens.lastEndingAtOrBefore(span.end());
            for (int i = first; i <= last; i++) {
                actorAt.put(i, key);
            }
            if (first <= last) {
                actorEnd.put(first, last + 1);
            }
        }
    }

    /** The speaker in tokens [from, to), which follow ({@code after}) or precede a quotation. */
    Attribution speakerIn(int from, int to, boolean after) {
        for (int i = from; i + 1 < to; i++) {
            if (tokens.lower(i).equals("according") && tokens.lower(i + 1).equals("to")) {
                String key = nounPhraseSpeaker(i + 2, to);
                return new Attribution(key, i);
            }
        }
        int unresolvedVerb = -1;
        for (int verb = from; verb < to; verb++) {
            if (!SpeechVerbs.isSpeechVerb(tokens.word(verb)) || insideQuote(verb) || isNoun(verb)) {
                continue;
            }
            String key = subject(from, verb);
            if (key == null && (after || from == verb)) {
                key = nounPhraseSpeaker(verb + 1, to);
            }
            if (key != null || hasIndefiniteSubject(from, verb)) {
                return new Attribution(citing(key, verb), verb);
            }
            if (after && unresolvedVerb < 0) {
                unresolvedVerb = verb;
            }
        }
        if (unresolvedVerb >= 0) {
            return new Attribution(null, unresolvedVerb);
        }
        if (after && to - from <= 4) {
            String key = named(from, to, true);
            if (key != null) {
                return new Attribution(key, from);
            }
        }
        if (!after && to - 1 > from && tokens.word(to - 1).equals(":")) {
            String key = named(from, to - 1, true);
            key = key != null ? key : named(from, to - 1, false);
            if (key != null) {
                return new Attribution(key, to - 1);
            }
        }
        return Attribution.NOBODY;
    }

    /** "reported" as in "the report" is a noun: CoreNLP tags it so when it is one. */
    private boolean isNoun(int i) {
        return tokens.pos(i).startsWith("NN");
    }

    /** The speaker in the words before the verb: a named person, a pronoun, "the official", "a spokeswoman
     *  for X", an organization, "the ministry", in that order of trust. */
    private String subject(int from, int verb) {
        String person = named(from, verb, true);
        if (person != null && isPerson(person)) {
            return person;
        }
        for (int i = verb - 1; i >= from; i--) {
            if (insideQuote(i)) {
                continue;
            }
            String lower = tokens.lower(i);
            if (lower.equals("he") || lower.equals("she")) {
                return resolvePronoun(i, lower.equals("he") ? Gender.MALE : Gender.FEMALE);
            }
        }
        String nominal = nominal(from, verb);
        if (nominal != null) {
            return nominal;
        }
        String organization = person != null ? person : named(from, verb, false);
        return organization != null ? organization : unknownOrganization(from, verb);
    }

    /** The actors, with the organizations found only as speakers ("the Azov Regiment said"). */
    Actors actors() {
        return actors;
    }

    /**
     * A capitalised name right before the speech verb that is no known actor and no place is an organization the
     * recogniser missed ("...," Naftogaz Ukrainy said): it joins the actors.
     */
    private String unknownOrganization(int from, int verb) {
        int end = verb;
        while (end > from && Set.of("later", "also", "then", "has", "had", "have", "was", "is", "will", "again")
                .contains(tokens.lower(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && tokens.isCapitalized(start - 1) && tokens.isAlphabetic(start - 1)
                && !NOT_ORGANIZATION_TAGS.contains(tokens.tag(start - 1)) && !actorAt.containsKey(start - 1)
                && !TitleWords.isTitle(tokens.word(start - 1))) {
            start--;
        }
        boolean sentenceInitial = start == tokens.sentenceStart(tokens.sentence(Math.max(start, 0)));
        if (end - start < 2 && (end - start < 1 || sentenceInitial || !isAllCapitals(start))) {
            return null;
        }
        String key = actors.nextOrganizationKey();
        TextSpan span = tokens.span(start, end);
        actors = actors.with(new ExtractedOrganization(key, tokens.text(start, end), List.of(), List.of(span)));
        index(key, List.of(span));
        return key;
    }

    private boolean isAllCapitals(int i) {
        String word = tokens.word(i);
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** "someone", "an official", "officials": the text says who speaks only that it is nobody named. */
    private boolean hasIndefiniteSubject(int from, int verb) {
        for (int i = from; i < verb; i++) {
            String lower = tokens.lower(i);
            if (INDEFINITE.contains(lower) || TitleWords.isTitle(lower) && !tokens.isCapitalized(i)
                    && (!TitleWords.singular(lower).equals(lower) || precededByIndefiniteArticle(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean precededByIndefiniteArticle(int head) {
        for (int i = head - 1; i >= 0 && i >= head - 4; i--) {
            if (Set.of("a", "an").contains(tokens.lower(i))) {
                return true;
            }
            if (!tokens.pos(i).startsWith("JJ") && !tokens.pos(i).startsWith("NN") && !tokens.pos(i).equals("RB")) {
                return false;
            }
        }
        return false;
    }

    private boolean isPerson(String key) {
        return actors.person(key) != null;
    }

    /** The named actor nearest the end of [from, to), a person before an organization when {@code personFirst};
     *  a name followed by "'s" modifies another word and is skipped. */
    private String named(int from, int to, boolean personFirst) {
        String organization = null;
        for (int i = to - 1; i >= from; i--) {
            String key = actorAt.get(i);
            if (key == null || insideQuote(i)) {
                continue;
            }
            int start = i;
            while (start - 1 >= from && key.equals(actorAt.get(start - 1))) {
                start--;
            }
            int end = i + 1;
            if (tokens.isPossessive(end)) {
                i = start;
                continue;
            }
            if (isPerson(key)) {
                return key;
            }
            if (organization == null) {
                organization = key;
            }
            if (!personFirst) {
                return key;
            }
            i = start;
        }
        return personFirst ? null : organization;
    }

    /** The speaker a noun phrase starting at {@code from} names: "said the ministry's spokesman Yuriy Bondarenko". */
    private String nounPhraseSpeaker(int from, int to) {
        int end = from;
        while (end < to && !insideQuote(end) && !tokens.isVerb(end) && !Set.of(",", ".", ";", ":", "that", "to", "on",
                "in", "at").contains(tokens.lower(end))) {
            end++;
        }
        if (end == from) {
            return null;
        }
        String person = named(from, end, true);
        if (person != null) {
            return person;
        }
        String nominal = nominal(from, end);
        return nominal != null ? nominal : named(from, end, false);
    }

    /** "the official", "the minister", "a spokeswoman for X", "the post", "the ministry" in [from, to). */
    private String nominal(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!DETERMINERS.contains(tokens.lower(i)) || insideQuote(i)) {
                continue;
            }
            int head = i + 1;
            while (head < to && head < i + 5 && !isNominalHead(head)) {
                if (tokens.word(head).matches("[,.;:]") || tokens.isVerb(head) && !tokens.pos(head).equals("VBN")) {
                    break;
                }
                head++;
            }
            if (head >= to || !isNominalHead(head)) {
                continue;
            }
            String word = tokens.lower(head);
            if (SPOKESPEOPLE.contains(word) || word.equals("press") || TitleWords.isTitle(word)) {
                String organization = complementOrganization(head + 1, to);
                if (SPOKESPEOPLE.contains(word) && organization != null) {
                    return organization;
                }
                // only "the official" points back to someone named; "an official", "the officials" are new and many
                boolean definite = !Set.of("a", "an").contains(tokens.lower(i));
                boolean plural = !TitleWords.singular(tokens.word(head)).equals(tokens.word(head));
                if (definite && !plural && organization == null && !hasComplement(head + 1, to)) {
                    return resolveNominalPerson(i, word);
                }
                continue;
            }
            if (PUBLICATIONS.contains(word)) {
                return lastOrganizationBefore(i, null);
            }
            return lastOrganizationBefore(i, word);
        }
        return null;
    }

    private boolean isNominalHead(int i) {
        String lower = tokens.lower(i);
        return !tokens.isCapitalized(i) && (TitleWords.isTitle(lower) || SPOKESPEOPLE.contains(lower)
                || PUBLICATIONS.contains(lower) || ORGANIZATION_NOUNS.contains(lower))
                || lower.equals("kremlin");
    }

    private boolean hasComplement(int from, int to) {
        return from < to && Set.of("of", "for", "at", "in", "to").contains(tokens.lower(from));
    }

    /** "for Ukraine's southern command", "of the ministry": the organization named in the complement. */
    private String complementOrganization(int from, int to) {
        if (!hasComplement(from, to)) {
            return null;
        }
        for (int i = from + 1; i < to && i < from + 8; i++) {
            String key = actorAt.get(i);
            if (key != null && !isPerson(key)) {
                return key;
            }
            if (tokens.word(i).matches("[,;:]")) {
                break;
            }
        }
        return null;
    }

    private String resolvePronoun(int at, Gender gender) {
        List<String> recent = personsBefore(at, PRONOUN_WINDOW_SENTENCES);
        for (String key : recent) {
            Gender known = genders.getOrDefault(key, Gender.UNKNOWN);
            if (known == gender || known == Gender.UNKNOWN) {
                return key;
            }
        }
        return recent.isEmpty() ? null : recent.get(0);
    }

    /** "the minister" is the last person named before whose role says minister, else the last person named. */
    private String resolveNominalPerson(int at, String head) {
        for (String key : personsBefore(at, Integer.MAX_VALUE)) {
            String role = actors.person(key).role();
            if (role != null && role.toLowerCase(Locale.ROOT).contains(TitleWords.singular(head))) {
                return key;
            }
        }
        List<String> recent = personsBefore(at, PRONOUN_WINDOW_SENTENCES);
        return recent.isEmpty() ? null : recent.get(0);
    }

    /** People named before token {@code at}, outside quotations, latest first, within some sentences. */
    private List<String> personsBefore(int at, int sentences) {
        List<String> keys = new ArrayList<>();
        int firstSentence = sentences == Integer.MAX_VALUE ? 0 : Math.max(0, tokens.sentence(Math.max(at, 0)) - sentences);
        for (int i = at - 1; i >= 0 && tokens.sentence(i) >= firstSentence; i--) {
            String key = actorAt.get(i);
            if (key != null && isPerson(key) && !insideQuote(i) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The organization named last before token {@code at} (outside quotations) whose names hold {@code noun}. */
    private String lastOrganizationBefore(int at, String noun) {
        for (int i = at - 1; i >= 0; i--) {
            String key = actorAt.get(i);
            if (key == null || isPerson(key) || insideQuote(i)) {
                continue;
            }
            if (noun == null || names(actors.organization(key)).contains(noun)
                    || Set.of("military", "army", "forces").contains(noun) && isArmedForce(actors.organization(key))) {
                return key;
            }
        }
        return null;
    }

    private static String names(ExtractedOrganization organization) {
        return (organization.name() + " " + String.join(" ", organization.aliases())).toLowerCase(Locale.ROOT);
    }

    private static boolean isArmedForce(ExtractedOrganization organization) {
        String names = names(organization);
        return names.contains("military") || names.contains("army") || names.contains("armed forces");
    }

    /** "TASS reported, citing the Ministry of Defence": the words are the cited one's. The citing may follow in a
     *  sentence of its own ("Citing the ministry."). */
    private String citing(String key, int verb) {
        int end = tokens.sentenceEnd(tokens.sentence(verb));
        int limit = end < tokens.size() && tokens.lower(end).equals("citing")
                ? tokens.sentenceEnd(tokens.sentence(end)) : end;
        for (int i = verb + 1; i < limit; i++) {
            if (insideQuote(i)) {
                break;
            }
            if (tokens.lower(i).equals("citing")) {
                String cited = nounPhraseSpeaker(i + 1, limit);
                return cited != null ? cited : key;
            }
        }
        return key;
    }

    boolean isQuoted(int token) {
        return insideQuote(token);
    }

    private boolean insideQuote(int token) {
        int offset = tokens.token(token).start();
        return quotes.stream().anyMatch(q -> q.contains(offset));
    }
}
