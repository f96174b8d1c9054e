package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.vocabulary.TextSpan;

/** The tokens of a whole analysed text in one list, with the sentence each belongs to. */
public final class TokenSequence {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> sentenceOfToken = new ArrayList<>();
    private final List<Integer> firstTokenOfSentence = new ArrayList<>();

    public TokenSequence(AnalyzedText analyzed) {
        this.text = analyzed.text();
        for (Sentence sentence : analyzed.sentences()) {
            firstTokenOfSentence.add(tokens.size());
            for (Token token : sentence.tokens()) {
                tokens.add(token);
                sentenceOfToken.add(firstTokenOfSentence.size() - 1);
            }
        }
        firstTokenOfSentence.add(tokens.size());
    }

    public String text() {
        return text;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }

    public String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    public String tag(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).entityTag() : "O";
    }

    public String pos(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).partOfSpeech() != null ? tokens.get(i).partOfSpeech() : "";
    }

    /** The position in the list of sentences (not Sentence.index, which may differ in hand-built texts). */
    public int sentence(int i) {
        return sentenceOfToken.get(i);
    }

    public int sentenceStart(int sentence) {
        return firstTokenOfSentence.get(sentence);
    }

    /** Exclusive. */
    public int sentenceEnd(int sentence) {
        return firstTokenOfSentence.get(sentence + 1);
    }

    /** The first token starting at or after {@code offset}; {@link #size()} if none. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last token ending at or before {@code offset}; -1 if none. */
    public int lastEndingAtOrBefore(int offset) {
        int i = firstAtOrAfter(offset) - 1;
        while (i >= 0 && tokens.get(i).end() > offset) {
            i--;
        }
        return i;
    }

    /** The original text from token {@code from} to token {@code to} (exclusive). */
    public String text(int from, int to) {
        return from >= to ? "" : text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    public TextSpan span(int from, int to) {
        return new TextSpan(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True when the token has a letter or, with {@code digits}, a digit: a word rather than punctuation. */
    public boolean hasLetter(int i, boolean digits) {
        String w = word(i);
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c) || digits && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** True for a word of letters (and inner hyphens or apostrophes) only. */
    public boolean isAlphabetic(int i) {
        String w = word(i);
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    public boolean isCapitalized(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    public boolean isPossessive(int i) {
        String w = lower(i).replace('’', '\'');
        return w.equals("'s") || w.equals("'");
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB") || pos(i).equals("MD");
    }

    /** True when no space separates token {@code i} from the one before it. */
    public boolean isAttachedToPrevious(int i) {
        return i > 0 && tokens.get(i).start() == tokens.get(i - 1).end();
    }
}
