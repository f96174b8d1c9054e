package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the role an article gives a person next to one mention of the name:
 * a title in front ("Head of Vinnytsia Regional Military Administration Yuriy Petrenko", "Kremlin spokesman X",
 * "Ukraine's Defence Minister X"), a described title before a comma ("the regional governor of Poltava, X,"),
 * or an appositive after it ("X, an adviser to the head of the Regional Council, said").
 */
final class RoleFinder {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> INNER_WORDS = Set.of("of", "for", "the", "to");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'", "«", "»", "``", "''");
    private static final Set<String> NOT_DESCRIPTIVE = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER");
    private static final int LONGEST_ROLE = 24;

    private final TokenSequence tokens;

    RoleFinder(TokenSequence tokens) {
        this.tokens = tokens;
    }

    /** The roles stated around one mention, normalised, in the order title-before, comma-before, appositive. */
    List<String> rolesAround(NameMention mention) {
        List<String> roles = new ArrayList<>();
        add(roles, titleBefore(mention.first()));
        add(roles, describedBeforeComma(mention.first()));
        add(roles, appositiveAfter(mention.end()));
        return roles;
    }

    private static void add(List<String> roles, String role) {
        if (role != null && !role.isBlank() && !roles.contains(role)) {
            roles.add(role);
        }
    }

    private boolean isTitle(int i) {
        return tokens.tag(i).equals("TITLE") || TitleWords.isTitle(tokens.word(i));
    }

    /** "Head of the Regional Military Administration Yuriy X", "Local police chief X": words bound to the name. */
    private String titleBefore(int first) {
        int sentence = tokens.sentence(first);
        int start = first;
        for (int j = first - 1; j >= 0 && tokens.sentence(j) == sentence; j--) {
            String lower = tokens.lower(j);
            boolean possessor = tokens.tag(j).equals("PERSON") && tokens.isPossessive(j + 1);
            boolean joins = isTitle(j) || tokens.isPossessive(j) || possessor
                    || isCapitalizedNoun(j)
                    || (lower.equals("of") || lower.equals("for") || lower.equals("the")) && j + 1 < first
                    || isDescriptiveWord(j);
            if (!joins || DETERMINERS.contains(lower) && (j == 0 || !PREPOSITIONS.contains(tokens.lower(j - 1)))) {
                break;
            }
            start = j;
        }
        start = fromFirstTitledSegment(start, first);
        return start < first && containsTitle(start, first) && first - start <= LONGEST_ROLE
                ? RoleText.normalize(tokens, start, first) : null;
    }

    private boolean isCapitalizedNoun(int i) {
        String pos = tokens.pos(i);
        return tokens.isCapitalized(i) && !tokens.tag(i).equals("PERSON") && !isPunctuation(i)
                && !NOT_DESCRIPTIVE.contains(tokens.tag(i))
                && (pos.startsWith("NN") || pos.startsWith("JJ") || !tokens.tag(i).equals("O"));
    }

    /** "the goals of President X": the role starts at the first segment (between "of"s) holding a title. */
    private int fromFirstTitledSegment(int start, int end) {
        int segment = start;
        for (int i = start; i <= end; i++) {
            boolean boundary = i == end || PREPOSITIONS.contains(tokens.lower(i));
            if (boundary) {
                if (containsTitle(segment, i)) {
                    break;
                }
                segment = i + 1;
            }
        }
        while (segment < end && (INNER_WORDS.contains(tokens.lower(segment)) || tokens.isPossessive(segment))) {
            segment++;
        }
        return Math.min(segment, end);
    }

    /** Lowercase nouns and adjectives that belong to a title ("regional police director", "information"). */
    private boolean isDescriptiveWord(int i) {
        String pos = tokens.pos(i);
        return !tokens.isCapitalized(i) && (pos.startsWith("NN") || pos.equals("JJ")) && !tokens.isVerb(i)
                && !NOT_DESCRIPTIVE.contains(tokens.tag(i));
    }

    private boolean isPunctuation(int i) {
        return !tokens.hasLetter(i, true);
    }

    /** "the regional governor of Poltava, X" and "the leader of the so-called Republic (XR), X". */
    private String describedBeforeComma(int name) {
        int first = name;
        while (first > 0 && tokens.isCapitalized(first - 1) && isTitle(first - 1)) {
            first--;
        }
        if (first < 2 || !tokens.word(first - 1).equals(",")) {
            return null;
        }
        int sentence = tokens.sentence(first);
        int end = first - 1;
        int start = -1;
        for (int j = end - 1; j >= 0 && tokens.sentence(j) == sentence && end - j <= LONGEST_ROLE; j--) {
            String word = tokens.word(j);
            if (word.equals(",") || word.equals(";") || word.equals(":") || QUOTES.contains(word)
                    || tokens.isVerb(j) && !hyphenated(j) || tokens.tag(j).equals("PERSON") && !tokens.isPossessive(j + 1)) {
                break;
            }
            if (DETERMINERS.contains(tokens.lower(j))) {
                start = j;
                if (j == 0 || !PREPOSITIONS.contains(tokens.lower(j - 1))) {
                    break;
                }
            }
        }
        if (start < 0 && isTitle(end - 1)) {
            start = Math.max(tokens.sentenceStart(sentence), end - LONGEST_ROLE);
            for (int j = end - 1; j >= start; j--) {
                if (tokens.word(j).matches("[,;:]") || isQuote(j) || tokens.isVerb(j) && !hyphenated(j)) {
                    return null;
                }
            }
            return RoleText.normalize(tokens, start, end);
        }
        if (start < 0 || !headIsTitle(start + 1, end)) {
            return null;
        }
        return RoleText.normalize(tokens, start, end);
    }

    private boolean isQuote(int i) {
        return QUOTES.contains(tokens.word(i));
    }

    private boolean hyphenated(int i) {
        return tokens.isAttachedToPrevious(i) && tokens.word(i - 1).matches("[-‐–]")
                || i + 1 < tokens.size() && tokens.isAttachedToPrevious(i + 1) && tokens.word(i + 1).matches("[-‐–]");
    }

    /** "X, the head of ..., said", "X, an adviser to ...,", "X, one of the leaders of ...,". */
    private String appositiveAfter(int end) {
        if (end >= tokens.size() || !tokens.word(end).equals(",")) {
            return null;
        }
        int sentence = tokens.sentence(end);
        int start = end + 1;
        int stop = start;
        while (stop < tokens.size() && tokens.sentence(stop) == sentence && !endsAppositive(stop)) {
            if (stop - start >= LONGEST_ROLE) {
                return null;
            }
            stop++;
        }
        if (stop == start || stop < tokens.size() && tokens.tag(stop).equals("PERSON")) {
            return null;
        }
        return headIsTitle(start, stop) ? RoleText.normalize(tokens, start, stop) : null;
    }

    private boolean endsAppositive(int i) {
        String word = tokens.word(i);
        String lower = tokens.lower(i);
        return word.equals(",") || word.equals(";") || word.equals(":") || word.equals(".") || word.equals("(")
                || QUOTES.contains(word) || lower.equals("who") || lower.equals("which") || lower.equals("that")
                || tokens.tag(i).equals("PERSON") || tokens.isVerb(i) && !hyphenated(i) && !isModifierParticiple(i)
                || lower.equals("in") && NOT_DESCRIPTIVE.contains(tokens.tag(i + 1));
    }

    /** "the occupied X area": a participle between an article or adjective and a noun describes. */
    private boolean isModifierParticiple(int i) {
        String before = tokens.pos(i - 1);
        String after = tokens.pos(i + 1);
        return (tokens.pos(i).equals("VBN") || tokens.pos(i).equals("VBG"))
                && (DETERMINERS.contains(tokens.lower(i - 1)) || before.equals("JJ"))
                && (after.startsWith("NN") || after.equals("JJ"));
    }

    /** The phrase's head, within its first words after determiners and "one of the", is a title. */
    private boolean headIsTitle(int start, int end) {
        int i = start;
        if (tokens.lower(i).equals("one") && tokens.lower(i + 1).equals("of")) {
            i += 2;
        }
        while (i < end && DETERMINERS.contains(tokens.lower(i))) {
            i++;
        }
        for (int j = i; j < end && j < i + 5; j++) {
            if (isTitle(j)) {
                return true;
            }
            if (INNER_WORDS.contains(tokens.lower(j))) {
                return false;
            }
        }
        return false;
    }

    private boolean containsTitle(int start, int end) {
        for (int i = start; i < end; i++) {
            if (isTitle(i)) {
                return true;
            }
        }
        return false;
    }
}
