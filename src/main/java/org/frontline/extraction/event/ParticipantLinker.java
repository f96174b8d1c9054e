package org.frontline.extraction.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.language.Sentence;
import org.frontline.vocabulary.TextSpan;

/**
 * Who took part in an event and what was said of it: the people and organizations (its actors) named in its
 * evidence sentences, and the quotes standing in those sentences or opening the sentence right after one of them
 * when they name one of the event's places or come from one of its people or organizations.
 */
final class ParticipantLinker {

    private final ArticleIndex context;

    ParticipantLinker(ArticleIndex context) {
        this.context = context;
    }

    List<String> people(Collection<Integer> sentences) {
        return context.people().stream()
                .filter(p -> mentionedIn(p.mentions(), sentences))
                .map(p -> p.key())
                .toList();
    }

    List<String> organizations(Collection<Integer> sentences) {
        return context.organizations().stream()
                .filter(o -> mentionedIn(o.mentions(), sentences))
                .map(o -> o.key())
                .toList();
    }

    List<Integer> quotes(Collection<Integer> triggerSentences, Set<String> placeKeys, Set<String> participantKeys) {
        List<Integer> result = new ArrayList<>();
        List<ExtractedQuote> quotes = context.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            ExtractedQuote quote = quotes.get(i);
            if (inside(quote, triggerSentences) || follows(quote, triggerSentences)
                    && (namesPlace(quote, placeKeys) || participantKeys.contains(quote.speakerKey()))) {
                result.add(i);
            }
        }
        return result;
    }

    private boolean mentionedIn(List<TextSpan> mentions, Collection<Integer> sentences) {
        return mentions.stream().anyMatch(m -> sentences.stream()
                .anyMatch(s -> ArticleIndex.overlaps(m, context.sentence(s))));
    }

    private boolean inside(ExtractedQuote quote, Collection<Integer> sentences) {
        return sentences.stream().map(context::sentence).anyMatch(s -> overlaps(quote.span(), s)
                || overlaps(quote.evidence(), s));
    }

    private boolean follows(ExtractedQuote quote, Collection<Integer> sentences) {
        if (quote.span() == null) {
            return false;
        }
        return sentences.stream().map(s -> s + 1).filter(s -> s < context.sentences().size())
                .map(context::sentence)
                .anyMatch(next -> quote.span().start() >= next.start() && quote.span().start() < next.end());
    }

    private boolean namesPlace(ExtractedQuote quote, Set<String> placeKeys) {
        TextSpan span = quote.span();
        if (span == null) {
            return false;
        }
        for (int s = 0; s < context.sentences().size(); s++) {
            if (context.placesIn(s).stream().anyMatch(m -> placeKeys.contains(m.key())
                    && m.span().start() >= span.start() && m.span().end() <= span.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(TextSpan span, Sentence sentence) {
        return Objects.nonNull(span) && ArticleIndex.overlaps(span, sentence);
    }
}
