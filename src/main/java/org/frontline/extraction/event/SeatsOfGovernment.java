package org.frontline.extraction.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.WordList;
import org.frontline.vocabulary.TextSpan;

/**
 * Seats of government named for the government ("the Kremlin denied", "Downing Street announced") stand where the
 * government sits: when the article names that city, a statement from the seat happened there.
 */
final class SeatsOfGovernment {

    private static final Map<String, String> CITY_OF_SEAT = WordList.pairs(SeatsOfGovernment.class,
            "seats-of-government.tsv");

    private SeatsOfGovernment() {
    }

    /** Mentions of the seats' cities at the seats' words in the sentence, for cities among the article's places. */
    static List<PlaceInSentence> in(Sentence sentence, int sentenceIndex, List<ExtractedPlace> places) {
        List<PlaceInSentence> result = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (int length = 1; length <= 2 && i + length <= tokens.size(); length++) {
                String words = words(tokens, i, length);
                String city = CITY_OF_SEAT.get(words);
                if (city == null) {
                    continue;
                }
                int first = i;
                int last = i + length - 1;
                placeNamed(city, places).ifPresent(place -> result.add(new PlaceInSentence(place,
                        new TextSpan(tokens.get(first).start(), tokens.get(last).end()), sentenceIndex, first, last)));
            }
        }
        return result;
    }

    private static String words(List<Token> tokens, int from, int length) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            words.append(i > from ? " " : "").append(tokens.get(i).word().toLowerCase(Locale.ROOT));
        }
        return words.toString();
    }

    private static Optional<ExtractedPlace> placeNamed(String city, List<ExtractedPlace> places) {
        return places.stream().filter(p -> p.name().equalsIgnoreCase(city)
                || p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(city))).findFirst();
    }
}
