package org.frontline.extraction.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.extraction.actor.SpeechVerbs;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.EntityMention;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;

/**
 * A hand-built {@link AnalyzedText} for tests of the stages after CoreNLP: tokens split as CoreNLP splits them
 * (possessive "'s" apart, quotation marks apart), a sentence ends at a line break or after ". ! ?" before a
 * capital letter or a quotation mark, parts of speech guessed from small word lists, and entity tags given by
 * the test: {@code TextFixture.of(text).tag("Vitaliy Kim", "PERSON").analyzed()} tags every occurrence.
 */
public final class TextFixture {

    private static final Pattern TOKEN = Pattern.compile(
            "['’]s\\b|\\p{L}+(?=n['’]t\\b)|n['’]t\\b|\\p{L}[\\p{L}\\p{M}]*|\\d+(?:[.,:]\\d+)*|…|\\.\\.\\.|\\S");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "them",
            "us", "someone", "somebody");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "in", "on", "at", "by", "with", "from",
            "into", "over", "after", "before", "near", "about", "under", "since", "during", "across", "like");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
    private static final Set<String> VERBS = Set.of("is", "was", "were", "are", "be", "been", "has", "had", "have",
            "will", "would", "could", "can", "may", "might", "did", "do", "does", "led", "made", "took", "raised",
            "entered", "fled", "left", "liberated", "arrived", "met", "shot", "hit", "held", "killed", "launched",
            "closed", "continued", "stand", "calls", "called", "written", "painted", "sprayed", "shelled", "visited",
            "returned", "lasted", "coming", "opened", "moved", "destroyed", "based");
    private static final Set<String> ADJECTIVES = Set.of("regional", "local", "southern", "northern", "eastern",
            "western", "former", "senior", "main", "military", "foreign", "general", "special", "central", "new",
            "tired", "calm", "occupied", "deputy", "acting", "national");

    private final String text;
    private final Map<String, String> tags = new LinkedHashMap<>();

    private TextFixture(String text) {
        this.text = text;
    }

    public static TextFixture of(String text) {
        return new TextFixture(text);
    }

    /** Tags every whole-word occurrence of {@code surface} with an entity type (PERSON, ORGANIZATION, CITY, ...). */
    public TextFixture tag(String surface, String type) {
        tags.put(surface, type);
        return this;
    }

    public AnalyzedText analyzed() {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String[] entityTags = new String[spans.size()];
        java.util.Arrays.fill(entityTags, "O");
        List<int[]> entityRuns = new ArrayList<>();
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            Matcher occurrence = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(tag.getKey()) + "(?![\\p{L}])")
                    .matcher(text);
            while (occurrence.find()) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < spans.size(); i++) {
                    if (spans.get(i)[0] >= occurrence.start() && spans.get(i)[1] <= occurrence.end()) {
                        first = first < 0 ? i : first;
                        last = i;
                        entityTags[i] = tag.getValue();
                    }
                }
                entityRuns.add(new int[] {first, last});
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int[] sentenceOfToken = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            String word = text.substring(start, end);
            current.add(new Token(start, end, word, word.toLowerCase(Locale.ROOT), partOfSpeech(word, i, spans),
                    entityTags[i]));
            sentenceOfToken[i] = sentences.size();
            if (endsSentence(i, spans)) {
                sentences.add(sentence(sentences.size(), current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(sentence(sentences.size(), current));
        }
        List<EntityMention> entities = new ArrayList<>();
        for (int[] run : entityRuns) {
            if (run[0] < 0) {
                continue;
            }
            int start = spans.get(run[0])[0];
            int end = spans.get(run[1])[1];
            entities.add(new EntityMention(entityTags[run[0]], start, end, text.substring(start, end),
                    sentenceOfToken[run[0]]));
        }
        entities.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return new AnalyzedText(text, sentences, entities, List.of());
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), List.copyOf(tokens));
    }

    private boolean endsSentence(int i, List<int[]> spans) {
        if (i + 1 >= spans.size()) {
            return true;
        }
        String between = text.substring(spans.get(i)[1], spans.get(i + 1)[0]);
        if (between.contains("\n")) {
            return true;
        }
        String word = text.substring(spans.get(i)[0], spans.get(i)[1]);
        String next = text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]);
        boolean closingMark = next.matches("[”\"’']") && (i + 2 >= spans.size()
                || !text.substring(spans.get(i + 1)[1], spans.get(i + 2)[0]).isEmpty() || next.equals("”"));
        if (word.matches("[.!?]|…") && !closingMark && !between.isEmpty()) {
            return Character.isUpperCase(next.charAt(0)) || next.matches("[“\"‘]");
        }
        if (word.matches("[”\"]") && i > 0 && text.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]).matches("[.!?]")
                && !between.isEmpty()) {
            return Character.isUpperCase(next.charAt(0)) || next.matches("[“\"‘]");
        }
        return false;
    }

    private String partOfSpeech(String word, int i, List<int[]> spans) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return word.matches("['’]s") ? "POS" : word;
        }
        if (Character.isDigit(word.charAt(0))) {
            return "CD";
        }
        if (DETERMINERS.contains(lower)) {
            return "DT";
        }
        if (PRONOUNS.contains(lower)) {
            return "PRP";
        }
        if (POSSESSIVE_PRONOUNS.contains(lower)) {
            return "PRP$";
        }
        if (PREPOSITIONS.contains(lower)) {
            return "IN";
        }
        if (CONJUNCTIONS.contains(lower)) {
            return "CC";
        }
        boolean afterDeterminer = i > 0 && DETERMINERS.contains(
                text.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]).toLowerCase(Locale.ROOT));
        if (VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower) && !afterDeterminer
                && (!Character.isUpperCase(word.charAt(0)) || i == 0)) {
            return lower.endsWith("ing") ? "VBG" : "VBD";
        }
        if (ADJECTIVES.contains(lower)) {
            return "JJ";
        }
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : lower.endsWith("s") ? "NNS" : "NN";
    }
}
