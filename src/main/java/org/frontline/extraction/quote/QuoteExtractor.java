package org.frontline.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.actor.Actors;
import org.frontline.extraction.actor.TokenSequence;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.quote.SpeakerFinder.Attribution;
import org.frontline.vocabulary.TextSpan;

/**
 * The direct quotations of an article, each with its speaker: found by their marks (see {@link QuotationMarks}),
 * attributed from the words after the quotation, else the words before it in its sentence, else a sentence
 * ending in a colon just before it, else the quotation before it in the same paragraph (or the paragraph before,
 * when this one opens with the quotation). Scare quotes, short phrases inside a sentence with no one saying them
 * ("special military operation", "cannon fodder"), are nobody's quotation and are left out.
 */
public final class QuoteExtractor {

    /** Three words or fewer is a term or a scare quote, not a statement. */
    private static final int SHORTEST_QUOTE_WORDS = 4;
    /** Inside a sentence, four words are a fragment too short to stand as anyone's quotation. */
    private static final int SHORTEST_FRAGMENT_WORDS = 5;
    /** Up to this many words, a phrase inside a sentence with no one saying it is a scare quote. */
    private static final int SCARE_QUOTE_WORDS = 5;

    public QuoteExtraction extract(AnalyzedText text, Actors actors) {
        TokenSequence tokens = new TokenSequence(text);
        List<QuotedSpan> spans = new QuotationMarks().find(text.text());
        SpeakerFinder speakers = new SpeakerFinder(tokens, actors, spans);
        List<ExtractedQuote> quotes = new ArrayList<>();
        QuotedSpan previous = null;
        Attribution previousAttribution = Attribution.NOBODY;
        for (QuotedSpan span : spans) {
            int words = words(span.text(text.text()));
            if (words < SHORTEST_QUOTE_WORDS) {
                continue;
            }
            Attribution attribution = attribute(tokens, speakers, span);
            if (!attribution.found() && previous != null && previousAttribution.found()
                    && continues(text.text(), previous, span)) {
                attribution = previousAttribution;
            }
            boolean fragment = isInsideSentence(tokens, span);
            if (fragment && (words < SHORTEST_FRAGMENT_WORDS || !attribution.found() && words <= SCARE_QUOTE_WORDS)) {
                continue;
            }
            quotes.add(new ExtractedQuote(span.text(text.text()), span.span(), evidence(text, tokens, span, attribution),
                    attribution.speakerKey()));
            previous = span;
            previousAttribution = attribution;
        }
        return new QuoteExtraction(quotes, speakers.actors());
    }

    private static Attribution attribute(TokenSequence tokens, SpeakerFinder speakers, QuotedSpan span) {
        int lastQuoted = tokens.lastEndingAtOrBefore(span.end());
        int tailFrom = tokens.firstAtOrAfter(span.tailStart());
        if (tailFrom < tokens.size() && lastQuoted >= 0) {
            int sentence = tokens.sentence(Math.max(lastQuoted, 0));
            int tailTo = tokens.sentenceEnd(sentence);
            if (tailFrom >= tailTo && tailFrom < tokens.size() && startsShortAttribution(tokens, tailFrom, span)) {
                tailTo = tokens.sentenceEnd(tokens.sentence(tailFrom));
            }
            tailTo = untilNextQuote(tokens, speakers, tailFrom, tailTo);
            if (tailFrom < tailTo) {
                Attribution after = speakers.speakerIn(tailFrom, tailTo, true);
                if (after.found()) {
                    return after;
                }
            }
        }
        int firstQuoted = tokens.firstAtOrAfter(span.start());
        if (firstQuoted >= tokens.size()) {
            return Attribution.NOBODY;
        }
        int sentence = tokens.sentence(firstQuoted);
        int headTo = tokens.lastEndingAtOrBefore(span.headEnd()) + 1;
        int headFrom = tokens.sentenceStart(sentence);
        for (int i = headTo - 1; i >= headFrom; i--) {
            if (speakers.isQuoted(i)) {
                headFrom = i + 1;
                break;
            }
        }
        if (headFrom < headTo) {
            Attribution before = speakers.speakerIn(headFrom, headTo, false);
            if (before.found()) {
                return before;
            }
        }
        if (sentence > 0) {
            int previous = sentence - 1;
            int last = tokens.sentenceEnd(previous) - 1;
            if (last >= 0 && (tokens.word(last).equals(":") || tokens.word(last).equals(","))) {
                return speakers.speakerIn(tokens.sentenceStart(previous), last + 1, false);
            }
        }
        return Attribution.NOBODY;
    }

    /** "... our positions.” Bondarenko said." split after the mark: a short next sentence in the same line, or one
     *  that goes on in lowercase ("... go on?” asked a resident"). */
    private static boolean startsShortAttribution(TokenSequence tokens, int from, QuotedSpan span) {
        int sentence = tokens.sentence(from);
        int length = tokens.sentenceEnd(sentence) - tokens.sentenceStart(sentence);
        String between = tokens.text().substring(span.tailStart(), tokens.token(from).start());
        boolean continuesSentence = !tokens.isCapitalized(from) && tokens.hasLetter(from, false);
        return tokens.sentenceStart(sentence) == from && (length <= 8 || continuesSentence) && !between.contains("\n")
                && !tokens.word(from).matches("[“\"‘«]");
    }

    private static int untilNextQuote(TokenSequence tokens, SpeakerFinder speakers, int from, int to) {
        for (int i = from; i < to; i++) {
            if (speakers.isQuoted(i) || tokens.word(i).matches("[“\"«]")) {
                return i;
            }
        }
        return to;
    }

    /** The next quotation in the same paragraph, or opening the next paragraph, goes on with the same speaker. */
    private static boolean continues(String text, QuotedSpan previous, QuotedSpan next) {
        String between = text.substring(previous.tailStart(), Math.max(previous.tailStart(), next.headEnd()));
        long lineBreaks = between.chars().filter(c -> c == '\n').count();
        if (lineBreaks == 0) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', next.headEnd() - 1) + 1;
        boolean opensParagraph = text.substring(lineStart, next.headEnd()).isBlank();
        String previousLineRest = between.substring(0, between.indexOf('\n'));
        return opensParagraph && previousLineRest.length() < 80 && between.substring(between.indexOf('\n')).isBlank();
    }

    private static boolean isInsideSentence(TokenSequence tokens, QuotedSpan span) {
        int first = tokens.firstAtOrAfter(span.start());
        int last = tokens.lastEndingAtOrBefore(span.end());
        if (first >= tokens.size() || last < 0) {
            return false;
        }
        boolean wordsBefore = false;
        for (int i = tokens.sentenceStart(tokens.sentence(first)); i < first; i++) {
            wordsBefore |= tokens.hasLetter(i, false) && tokens.token(i).end() <= span.headEnd();
        }
        return wordsBefore;
    }

    private static TextSpan evidence(AnalyzedText text, TokenSequence tokens, QuotedSpan span, Attribution attribution) {
        int first = tokens.firstAtOrAfter(span.start());
        int last = tokens.lastEndingAtOrBefore(span.end());
        if (first >= tokens.size() || last < 0) {
            return span.span();
        }
        int fromSentence = tokens.sentence(first);
        int toSentence = tokens.sentence(last);
        if (attribution.token() >= 0) {
            fromSentence = Math.min(fromSentence, tokens.sentence(attribution.token()));
            toSentence = Math.max(toSentence, tokens.sentence(attribution.token()));
        }
        Sentence from = text.sentences().get(fromSentence);
        Sentence to = text.sentences().get(toSentence);
        return new TextSpan(Math.min(from.start(), span.start()), Math.max(to.end(), span.end()));
    }

    private static int words(String quoted) {
        int words = 0;
        for (String part : quoted.split("[\\s—–]+")) {
            if (part.matches(".*[\\p{L}\\p{N}].*")) {
                words++;
            }
        }
        return words;
    }
}
