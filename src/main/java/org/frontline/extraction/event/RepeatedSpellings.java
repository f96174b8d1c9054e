package org.frontline.extraction.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.vocabulary.TextSpan;

/**
 * A place's own spelling, written again elsewhere in the article, names it there too. The recogniser tags a town
 * named like a surname ("Lyman", "Bakhmut") as a person in some sentences; when the place stage has identified the
 * spelling as the place once, the event stage still finds the place in the sentences the stage left out.
 */
final class RepeatedSpellings {

    private static final int SHORTEST = 3;

    private RepeatedSpellings() {
    }

    /** Every place's mentions, with the repeats of its spellings that no other place mention covers. */
    static Map<ExtractedPlace, List<TextSpan>> mentionsWithRepeats(String text, List<ExtractedPlace> places) {
        List<TextSpan> taken = new ArrayList<>();
        places.forEach(p -> taken.addAll(p.mentions()));
        Map<ExtractedPlace, List<TextSpan>> result = new IdentityHashMap<>();
        for (ExtractedPlace place : places) {
            List<TextSpan> spans = new ArrayList<>(place.mentions());
            for (String spelling : spellings(text, place)) {
                for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
                    TextSpan span = new TextSpan(at, at + spelling.length());
                    if (isWord(text, span) && taken.stream().noneMatch(t -> ArticleIndex.overlaps(t, span))) {
                        spans.add(span);
                        taken.add(span);
                    }
                }
            }
            result.put(place, spans);
        }
        return result;
    }

    private static boolean isWord(String text, TextSpan span) {
        return (span.start() == 0 || !Character.isLetterOrDigit(text.charAt(span.start() - 1)))
                && (span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end())));
    }

    private static Set<String> spellings(String text, ExtractedPlace place) {
        Set<String> spellings = new LinkedHashSet<>();
        for (TextSpan span : place.mentions()) {
            String spelling = span.of(text);
            if (spelling.length() >= SHORTEST && Character.isUpperCase(spelling.charAt(0))) {
                spellings.add(spelling);
            }
        }
        return spellings;
    }
}
