package org.frontline.extraction.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.vocabulary.TextSpan;

/**
 * What the event stage knows about one article, indexed by sentence: where paragraphs start, which place mentions
 * each sentence holds, where quotes and names stand.
 */
final class ArticleIndex {

    private final AnalyzedText text;
    private final LocalDate articleDate;
    private final List<ExtractedPerson> people;
    private final List<ExtractedOrganization> organizations;
    private final List<ExtractedQuote> quotes;
    private final int[] paragraphOf;
    private final List<List<PlaceInSentence>> placesBySentence;

    ArticleIndex(AnalyzedText text, LocalDate articleDate, List<ExtractedPlace> places, List<ExtractedPerson> people,
            List<ExtractedOrganization> organizations, List<ExtractedQuote> quotes) {
        this.text = text;
        this.articleDate = articleDate;
        this.people = people;
        this.organizations = organizations;
        this.quotes = quotes;
        this.paragraphOf = paragraphs(text);
        this.placesBySentence = placeMentions(text, places);
    }

    AnalyzedText text() {
        return text;
    }

    LocalDate articleDate() {
        return articleDate;
    }

    List<Sentence> sentences() {
        return text.sentences();
    }

    Sentence sentence(int index) {
        return text.sentences().get(index);
    }

    List<ExtractedPerson> people() {
        return people;
    }

    List<ExtractedOrganization> organizations() {
        return organizations;
    }

    List<ExtractedQuote> quotes() {
        return quotes;
    }

    int paragraphOf(int sentenceIndex) {
        return paragraphOf[sentenceIndex];
    }

    /** Every place mention in the sentence, in text order, whatever role it plays there. */
    List<PlaceInSentence> placesIn(int sentenceIndex) {
        return placesBySentence.get(sentenceIndex);
    }

    boolean insideQuote(int offset) {
        return quotes.stream().anyMatch(q -> q.span() != null && offset >= q.span().start() && offset < q.span().end());
    }

    /**
     * Whether the span is part of a longer person or organization name ("Odesa" in "Odesa Regional Council").
     * A name with exactly the place's span does not count: the recogniser often tags a town named like a surname
     * ("Lyman") as a person, and the place stage has already decided it is a place.
     */
    boolean insideName(TextSpan span) {
        return people.stream().flatMap(p -> p.mentions().stream()).anyMatch(m -> extendsOver(m, span))
                || organizations.stream().flatMap(o -> o.mentions().stream()).anyMatch(m -> extendsOver(m, span));
    }

    private static boolean extendsOver(TextSpan name, TextSpan place) {
        return overlaps(name, place) && (name.start() < place.start() || name.end() > place.end());
    }

    static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    static boolean overlaps(TextSpan a, Sentence sentence) {
        return a.start() < sentence.end() && sentence.start() < a.end();
    }

    /** A new paragraph starts where a line break stands between two sentences. */
    private static int[] paragraphs(AnalyzedText text) {
        List<Sentence> sentences = text.sentences();
        int[] result = new int[sentences.size()];
        int paragraph = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                int from = Math.min(sentences.get(i - 1).end(), sentences.get(i).start());
                if (text.text().substring(from, sentences.get(i).start()).contains("\n")) {
                    paragraph++;
                }
            }
            result[i] = paragraph;
        }
        return result;
    }

    private static List<List<PlaceInSentence>> placeMentions(AnalyzedText text, List<ExtractedPlace> places) {
        Map<ExtractedPlace, List<TextSpan>> spans = RepeatedSpellings.mentionsWithRepeats(text.text(), places);
        List<List<PlaceInSentence>> result = new ArrayList<>();
        for (int index = 0; index < text.sentences().size(); index++) {
            Sentence sentence = text.sentences().get(index);
            List<PlaceInSentence> inSentence = new ArrayList<>();
            for (ExtractedPlace place : places) {
                for (TextSpan span : spans.get(place)) {
                    if (span.start() >= sentence.start() && span.end() <= sentence.end()) {
                        int first = firstTokenAt(sentence, span);
                        int last = lastTokenAt(sentence, span);
                        if (first >= 0 && last >= first) {
                            inSentence.add(new PlaceInSentence(place, span, index, first, last));
                        }
                    }
                }
            }
            inSentence.addAll(SeatsOfGovernment.in(sentence, index, places));
            inSentence.sort(Comparator.comparingInt(m -> m.span().start()));
            result.add(List.copyOf(inSentence));
        }
        return result;
    }

    private static int firstTokenAt(Sentence sentence, TextSpan span) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > span.start()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenAt(Sentence sentence, TextSpan span) {
        List<Token> tokens = sentence.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < span.end()) {
                return i;
            }
        }
        return -1;
    }
}
