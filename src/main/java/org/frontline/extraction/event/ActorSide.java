package org.frontline.extraction.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.place.PlaceKind;

/**
 * Finds which side acted in a trigger's sentence: the nationality word ("Ukrainian forces", "Russians") or the
 * possessive country or capital ("Ukraine's army", "Kyiv's troops") nearest before the trigger, else nearest
 * after it ("recaptured by Ukrainian troops").
 */
final class ActorSide {

    private static final Map<String, String> COUNTRY_OF_DEMONYM = Map.ofEntries(
            Map.entry("ukrainian", "UA"), Map.entry("ukrainians", "UA"), Map.entry("russian", "RU"),
            Map.entry("russians", "RU"), Map.entry("belarusian", "BY"), Map.entry("polish", "PL"),
            Map.entry("moldovan", "MD"), Map.entry("romanian", "RO"), Map.entry("georgian", "GE"),
            Map.entry("chechen", "RU"), Map.entry("british", "GB"), Map.entry("american", "US"),
            Map.entry("german", "DE"), Map.entry("french", "FR"), Map.entry("israeli", "IL"),
            Map.entry("syrian", "SY"), Map.entry("armenian", "AM"), Map.entry("azerbaijani", "AZ"));
    private static final Map<String, String> DEMONYM_OF_COUNTRY = Map.ofEntries(
            Map.entry("UA", "Ukrainian"), Map.entry("RU", "Russian"), Map.entry("BY", "Belarusian"),
            Map.entry("PL", "Polish"), Map.entry("MD", "Moldovan"), Map.entry("RO", "Romanian"),
            Map.entry("GE", "Georgian"), Map.entry("GB", "British"), Map.entry("US", "American"),
            Map.entry("DE", "German"), Map.entry("FR", "French"), Map.entry("IL", "Israeli"),
            Map.entry("SY", "Syrian"), Map.entry("AM", "Armenian"), Map.entry("AZ", "Azerbaijani"));

    private final ArticleContext context;

    ActorSide(ArticleContext context) {
        this.context = context;
    }

    Optional<Actor> of(Trigger trigger, int sentenceIndex) {
        Sentence sentence = trigger.sentence();
        List<Token> tokens = sentence.tokens();
        for (int i = trigger.first() - 1; i >= 0; i--) {
            Optional<Actor> actor = actorAt(sentenceIndex, tokens, i);
            if (actor.isPresent()) {
                return actor;
            }
        }
        for (int i = trigger.last() + 1; i < tokens.size(); i++) {
            Optional<Actor> actor = actorAt(sentenceIndex, tokens, i);
            if (actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> actorAt(int sentenceIndex, List<Token> tokens, int index) {
        String country = COUNTRY_OF_DEMONYM.get(PartOfSpeech.word(tokens.get(index)));
        if (country != null) {
            return Optional.of(new Actor(DEMONYM_OF_COUNTRY.get(country), country));
        }
        if (index + 1 < tokens.size() && isPossessive(tokens.get(index + 1))) {
            return context.placesIn(sentenceIndex).stream()
                    .filter(m -> m.lastToken() == index)
                    .filter(m -> m.place().kind() == PlaceKind.COUNTRY || m.place().kind() == PlaceKind.SETTLEMENT)
                    .filter(m -> m.place().countryCode() != null)
                    .findFirst()
                    .map(m -> demonymOf(m.place().countryCode(), m.place().name()));
        }
        return Optional.empty();
    }

    private static Actor demonymOf(String countryCode, String fallbackName) {
        return new Actor(DEMONYM_OF_COUNTRY.getOrDefault(countryCode, fallbackName + "'s"), countryCode);
    }

    private static boolean isPossessive(Token token) {
        return token.word().equals("'s") || token.word().equals("’s") || PartOfSpeech.tag(token).equals("POS");
    }
}
