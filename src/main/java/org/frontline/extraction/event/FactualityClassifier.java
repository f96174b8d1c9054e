package org.frontline.extraction.event;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.WordList;
import org.frontline.vocabulary.EventType;

/**
 * Decides from the words around a trigger whether it reports a happening. Looks left along the trigger's clause (up
 * to {@link #WINDOW} tokens, stopping at clause punctuation and at words that open another clause) for negation,
 * modality, intention and subordinators of background; checks to-infinitives against the verb that governs them
 * ("forced to withdraw" happened, "seeking to seize" did not); and inside quotations keeps only past-tense reports.
 */
final class FactualityClassifier {

    static final int WINDOW = 6;

    private static final Set<String> NEGATIONS = WordList.words(FactualityClassifier.class, "negations.txt");
    private static final Set<String> NEGATING_VERBS = WordList.words(FactualityClassifier.class, "negating-verbs.txt");
    /** "Germany will send tanks": for aid, the future is the pledge itself. */
    private static final Set<String> PROMISING = WordList.words(FactualityClassifier.class,
            "promising-auxiliaries.txt");
    private static final Set<String> CONDITIONALS = WordList.words(FactualityClassifier.class, "conditionals.txt");
    private static final Set<String> INTENTIONS = WordList.words(FactualityClassifier.class, "intentions.txt");
    /** Verbs whose to-infinitive happened ("forced to withdraw", "began to advance") or is itself the news for
     * calls and orders ("urged residents to evacuate"). */
    private static final Set<String> IMPLICATIVES = WordList.words(FactualityClassifier.class, "implicative-verbs.txt");
    private static final Set<String> BACKGROUND_SUBORDINATORS = WordList.words(FactualityClassifier.class,
            "background-subordinators.txt");
    private static final Set<String> CLAUSE_OPENERS = WordList.words(FactualityClassifier.class, "clause-openers.txt");
    private static final Set<String> EARLIER = WordList.words(FactualityClassifier.class, "earlier-adverbs.txt");
    private static final Set<String> DEFINITE = WordList.words(FactualityClassifier.class, "definite-determiners.txt");
    private static final Set<String> PLURAL_PLACES = WordList.words(FactualityClassifier.class,
            "plural-place-nouns.txt");

    private final ArticleIndex context;

    FactualityClassifier(ArticleIndex context) {
        this.context = context;
    }

    Factuality classify(Trigger trigger, EventType type) {
        Sentence sentence = trigger.sentence();
        List<Token> tokens = sentence.tokens();
        Token head = trigger.head();
        if (context.insideQuote(head.start()) && !PartOfSpeech.isPastForm(head)) {
            return Factuality.HYPOTHETICAL;
        }
        if (isAttributive(tokens, trigger)) {
            return Factuality.BACKGROUND;
        }
        if (toldAsEarlier(tokens, trigger.first())) {
            return Factuality.BACKGROUND;
        }
        if (Infinitives.isInfinitive(tokens, trigger.first()) && !governedByImplicative(tokens, trigger.first())) {
            return Factuality.HYPOTHETICAL;
        }
        boolean callsCount = type == EventType.POLITICAL || type == EventType.EVACUATION
                || type == EventType.AID_PLEDGE;
        for (int i = trigger.first() - 1; i >= Math.max(0, trigger.first() - WINDOW); i--) {
            Token token = tokens.get(i);
            String word = PartOfSpeech.word(token);
            String lemma = PartOfSpeech.lemma(token);
            if (PartOfSpeech.isClausePunctuation(token)) {
                break;
            }
            if (NEGATIONS.contains(word) || NEGATING_VERBS.contains(lemma) && PartOfSpeech.isVerb(token)) {
                return Factuality.NEGATED;
            }
            if (PartOfSpeech.tag(token).equals("MD") && !(type == EventType.AID_PLEDGE && PROMISING.contains(word))
                    || CONDITIONALS.contains(word)) {
                return Factuality.HYPOTHETICAL;
            }
            if (!callsCount && INTENTIONS.contains(lemma)) {
                return Factuality.HYPOTHETICAL;
            }
            if (BACKGROUND_SUBORDINATORS.contains(word)) {
                return Factuality.BACKGROUND;
            }
            if (CLAUSE_OPENERS.contains(word)) {
                break;
            }
        }
        if (conditionFollows(tokens, trigger.last())) {
            return Factuality.HYPOTHETICAL;
        }
        if (PartOfSpeech.isNoun(head) && predicateNegated(tokens, trigger.last())) {
            return Factuality.NEGATED;
        }
        if (aboutPlacesInGeneral(tokens, trigger)) {
            return Factuality.GENERIC;
        }
        return Factuality.ASSERTED;
    }

    /**
     * "the retaken town", "formerly occupied territories": a participle describing a noun, after a determiner or a
     * modifier, refers to a known fact. ("Forces liberated Lyman" is a report whatever the tagger calls the verb.)
     */
    private static boolean isAttributive(List<Token> tokens, Trigger trigger) {
        if (trigger.tokenIndexes().size() > 1) {
            return false;
        }
        Token head = trigger.head();
        String tag = PartOfSpeech.tag(head);
        if (!tag.equals("VBN") && !tag.equals("JJ")) {
            return false;
        }
        int next = trigger.last() + 1;
        if (next >= tokens.size() || !PartOfSpeech.isNoun(tokens.get(next))) {
            return false;
        }
        int before = trigger.first() - 1;
        return before < 0 || PartOfSpeech.tag(tokens.get(before)).matches("DT|PRP\\$|RB.*|JJ.*|POS|CD|IN|CC");
    }

    /**
     * "Having expelled Russian forces from X in a counteroffensive, ...", "the recently liberated town", "X, which was
     * earlier captured": what happened before the sentence's news.
     */
    private static boolean toldAsEarlier(List<Token> tokens, int first) {
        if (!tokens.isEmpty() && PartOfSpeech.word(tokens.get(0)).equals("having")) {
            boolean beforeComma = tokens.subList(0, first).stream().noneMatch(t -> t.word().equals(","));
            if (beforeComma) {
                return true;
            }
        }
        return first >= 1 && EARLIER.contains(PartOfSpeech.word(tokens.get(first - 1)));
    }

    /** The verb before "to" (past an object: "asked citizens to") decides whether the infinitive happened. */
    private static boolean governedByImplicative(List<Token> tokens, int first) {
        OptionalInt governor = Infinitives.governor(tokens, first);
        return governor.isPresent() && IMPLICATIVES.contains(PartOfSpeech.lemma(tokens.get(governor.getAsInt())));
    }

    /** "the capture of X, if confirmed, ...", "shelled X if talks fail": a condition on the trigger's own clause. */
    private static boolean conditionFollows(List<Token> tokens, int last) {
        for (int i = last + 1; i < Math.min(tokens.size(), last + 7); i++) {
            Token token = tokens.get(i);
            if (CONDITIONALS.contains(PartOfSpeech.word(token))) {
                return true;
            }
            if (PartOfSpeech.isClausePunctuation(token) && !token.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "30 settlements in the region, including Irpin", "the villages of A and B": the plural is then specific. */
    private static boolean examplesNamedAfter(List<Token> tokens, int plural) {
        if (plural + 1 < tokens.size() && PartOfSpeech.word(tokens.get(plural + 1)).equals("of")) {
            return true;
        }
        for (int i = plural + 1; i < Math.min(tokens.size(), plural + 10); i++) {
            if (Set.of("including", "such", "like", "among", "namely", "notably").contains(
                    PartOfSpeech.word(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "peace talks with Moscow were not possible": a noun trigger whose own predicate is negated. */
    private static boolean predicateNegated(List<Token> tokens, int last) {
        for (int i = last + 1; i < Math.min(tokens.size() - 1, last + WINDOW); i++) {
            Token token = tokens.get(i);
            if (PartOfSpeech.isClausePunctuation(token) || CLAUSE_OPENERS.contains(PartOfSpeech.word(token))) {
                return false;
            }
            boolean auxiliary = PartOfSpeech.tag(token).equals("MD")
                    || Set.of("be", "have", "do").contains(PartOfSpeech.lemma(token)) && PartOfSpeech.isVerb(token);
            if (auxiliary) {
                return NEGATIONS.contains(PartOfSpeech.word(tokens.get(i + 1)));
            }
        }
        return false;
    }

    /**
     * "villages that were liberated", "liberating more cities and villages": the trigger's patient is a plural of
     * settlements in general, not a named place ("liberated the villages of A and B" stays specific, "evacuate
     * both cities" refers back to named ones).
     */
    private static boolean aboutPlacesInGeneral(List<Token> tokens, Trigger trigger) {
        for (int i = trigger.first() - 1; i >= Math.max(0, trigger.first() - 4); i--) {
            String word = PartOfSpeech.word(tokens.get(i));
            if (PLURAL_PLACES.contains(word)) {
                return true;
            }
            if (PartOfSpeech.isClausePunctuation(tokens.get(i))) {
                break;
            }
        }
        for (int i = trigger.last() + 1; i < Math.min(tokens.size(), trigger.last() + 5); i++) {
            String word = PartOfSpeech.word(tokens.get(i));
            if (PLURAL_PLACES.contains(word)) {
                boolean definite = DEFINITE.contains(PartOfSpeech.word(tokens.get(i - 1)));
                return !definite && !examplesNamedAfter(tokens, i);
            }
            if (PartOfSpeech.isClausePunctuation(tokens.get(i)) || PartOfSpeech.tag(tokens.get(i)).startsWith("VB")) {
                break;
            }
        }
        return false;
    }
}
