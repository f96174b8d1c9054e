package org.frontline.extraction.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.EntityMention;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;

/**
 * A stand-in for the CoreNLP analyzer in unit tests: a text whose entity tags are written inline, e.g.
 * {@code "Drones hit [Nova Odesa|CITY] and [Oleh Petrenko|PERSON] said..."}. Tokens are words, "'s" and punctuation;
 * parts of speech are guessed the way a tagger would for news text (capitalised words are NNP, function words their
 * usual tags, other words NN, or VBD for -ed), sentences end at . ! ? or a line break.
 */
final class MarkedText {

    private static final Pattern MARKUP = Pattern.compile("\\[([^\\]|]+)\\|([A-Z_]+)]");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:-\\p{L}[\\p{L}\\p{N}]*)*|['’]s\\b"
            + "|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    private static final Map<String, String> FUNCTION_WORDS = Map.ofEntries(
            Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("this", "DT"),
            Map.entry("of", "IN"), Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("at", "IN"),
            Map.entry("near", "IN"), Map.entry("from", "IN"), Map.entry("to", "TO"), Map.entry("by", "IN"),
            Map.entry("with", "IN"), Map.entry("for", "IN"), Map.entry("after", "IN"), Map.entry("across", "IN"),
            Map.entry("along", "IN"), Map.entry("over", "IN"), Map.entry("into", "IN"), Map.entry("than", "IN"),
            Map.entry("as", "IN"), Map.entry("between", "IN"), Map.entry("while", "IN"), Map.entry("and", "CC"),
            Map.entry("or", "CC"), Map.entry("but", "CC"), Map.entry("is", "VBZ"), Map.entry("was", "VBD"),
            Map.entry("were", "VBD"), Map.entry("are", "VBP"), Map.entry("has", "VBZ"), Map.entry("have", "VBP"),
            Map.entry("said", "VBD"), Map.entry("hit", "VBD"), Map.entry("left", "VBD"), Map.entry("one", "CD"),
            Map.entry("two", "CD"), Map.entry("three", "CD"), Map.entry("it", "PRP"), Map.entry("its", "PRP$"),
            Map.entry("itself", "PRP"), Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("they", "PRP"),
            Map.entry("us", "PRP"), Map.entry("also", "RB"), Map.entry("overnight", "RB"), Map.entry("still", "RB"));

    private MarkedText() {
    }

    static AnalyzedText analyze(String marked) {
        StringBuilder plain = new StringBuilder();
        List<int[]> tagged = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Matcher m = MARKUP.matcher(marked);
        int last = 0;
        while (m.find()) {
            plain.append(marked, last, m.start());
            int start = plain.length();
            plain.append(m.group(1));
            tagged.add(new int[] {start, plain.length()});
            tags.add(m.group(2));
            last = m.end();
        }
        plain.append(marked.substring(last));
        String text = plain.toString();

        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            String word = t.group();
            String tag = "O";
            for (int i = 0; i < tagged.size(); i++) {
                if (t.start() >= tagged.get(i)[0] && t.end() <= tagged.get(i)[1]) {
                    tag = tags.get(i);
                }
            }
            if (current.isEmpty() || !newlineBetween(text, current.get(current.size() - 1).end(), t.start())) {
                current.add(new Token(t.start(), t.end(), word, word.toLowerCase(Locale.ROOT),
                        partOfSpeech(word, current.isEmpty()), tag));
            } else {
                sentences.add(sentence(sentences.size(), current));
                current = new ArrayList<>();
                current.add(new Token(t.start(), t.end(), word, word.toLowerCase(Locale.ROOT),
                        partOfSpeech(word, true), tag));
            }
            if (word.matches("[.!?]")) {
                sentences.add(sentence(sentences.size(), current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(sentence(sentences.size(), current));
        }

        List<EntityMention> entities = new ArrayList<>();
        for (int i = 0; i < tagged.size(); i++) {
            int[] span = tagged.get(i);
            int sentenceIndex = sentences.stream().filter(s -> s.start() <= span[0] && span[0] < s.end())
                    .findFirst().orElseThrow().index();
            entities.add(new EntityMention(tags.get(i), span[0], span[1], text.substring(span[0], span[1]),
                    sentenceIndex));
        }
        return new AnalyzedText(text, sentences, entities, List.of());
    }

    private static boolean newlineBetween(String text, int from, int to) {
        return text.substring(from, to).contains("\n");
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), List.copyOf(tokens));
    }

    private static String partOfSpeech(String word, boolean sentenceStart) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals("'s") || word.equals("’s")) {
            return "POS";
        }
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return word;
        }
        if (Character.isDigit(word.charAt(0))) {
            return "CD";
        }
        if (FUNCTION_WORDS.containsKey(lower) && (sentenceStart || Character.isLowerCase(word.charAt(0)))) {
            return FUNCTION_WORDS.get(lower);
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return "NNP";
        }
        return lower.endsWith("ed") ? "VBD" : lower.endsWith("s") ? "NNS" : "NN";
    }
}
