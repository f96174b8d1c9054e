package org.frontline.extraction.event;

import java.util.Locale;
import java.util.Set;
import org.frontline.extraction.language.Token;

/** The few questions the event stage asks of a token's Penn Treebank tag and lemma. */
enum PartOfSpeech {
    VERB, NOUN, ADJECTIVE, ANY;

    private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":", "(", ")", "-LRB-", "-RRB-", "``", "''",
            "\"", "“", "”", "‘", "’", "'", "—", "–", "--", ".", "!", "?", "…");

    static PartOfSpeech fromCode(String code) {
        return switch (code) {
            case "V" -> VERB;
            case "N" -> NOUN;
            case "J" -> ADJECTIVE;
            default -> throw new IllegalArgumentException("unknown part of speech " + code);
        };
    }

    boolean accepts(Token token) {
        String tag = tag(token);
        return switch (this) {
            case VERB -> tag.startsWith("VB");
            case NOUN -> tag.startsWith("NN");
            case ADJECTIVE -> tag.startsWith("JJ") || tag.startsWith("VBN");
            case ANY -> true;
        };
    }

    static String tag(Token token) {
        return token.partOfSpeech() == null ? "" : token.partOfSpeech();
    }

    static String lemma(Token token) {
        String lemma = token.lemma() == null ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }

    static String word(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    static boolean isVerb(Token token) {
        return tag(token).startsWith("VB");
    }

    static boolean isNoun(Token token) {
        return tag(token).startsWith("NN");
    }

    static boolean isPastForm(Token token) {
        return tag(token).equals("VBD") || tag(token).equals("VBN");
    }

    /** Commas, colons, brackets, dashes and quotation marks end the stretch of words a check looks along. */
    static boolean isClausePunctuation(Token token) {
        return CLAUSE_PUNCTUATION.contains(token.word()) || CLAUSE_PUNCTUATION.contains(tag(token));
    }
}
