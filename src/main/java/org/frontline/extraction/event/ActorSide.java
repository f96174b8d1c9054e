package org.frontline.extraction.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.WordList;
import org.frontline.knowledge.name.Countries;
import org.frontline.vocabulary.PlaceKind;

/**
 * Finds which side acted in a trigger's sentence: the agent of a passive ("recaptured by Ukrainian troops"), else
 * the nearest, inside the trigger ("raised the Ukrainian flag") or before it, of a nationality word ("Ukrainian
 * forces", "Russians"), a possessive country or capital ("Ukraine's army", "Kyiv's troops") or an organization
 * named after a country ("the Armed Forces of Ukraine"). Words after the trigger are usually its object or the
 * losing side ("liberated X from the Russian invaders") and are not read.
 */
final class ActorSide {

    /** Peoples that fight for a country not named after them ("Chechen units" fight for Russia). */
    private static final Map<String, String> COUNTRY_OF_PEOPLE = WordList.pairs(ActorSide.class, "side-of-people.tsv");

    private final ArticleIndex context;

    ActorSide(ArticleIndex context) {
        this.context = context;
    }

    Optional<Actor> of(Trigger trigger, int sentenceIndex) {
        List<Token> tokens = trigger.sentence().tokens();
        Optional<Actor> agent = passiveAgent(trigger, sentenceIndex, tokens);
        if (agent.isPresent()) {
            return agent;
        }
        for (int i = trigger.last() - 1; i >= 0; i--) {
            Optional<Actor> actor = actorAt(sentenceIndex, tokens, i);
            if (actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    /** "liberated by Ukrainian troops": the agent of a passive, just after the trigger. */
    private Optional<Actor> passiveAgent(Trigger trigger, int sentenceIndex, List<Token> tokens) {
        int by = trigger.last() + 1;
        if (by >= tokens.size() || !PartOfSpeech.word(tokens.get(by)).equals("by")) {
            return Optional.empty();
        }
        for (int i = by + 1; i < Math.min(tokens.size(), by + 5); i++) {
            Optional<Actor> actor = actorAt(sentenceIndex, tokens, i);
            if (actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> actorAt(int sentenceIndex, List<Token> tokens, int index) {
        String word = PartOfSpeech.word(tokens.get(index));
        Optional<Actor> demonym = Countries.standard().ofDemonym(word).map(c -> new Actor(c.demonym(), c.code()));
        if (demonym.isPresent()) {
            return demonym;
        }
        String country = COUNTRY_OF_PEOPLE.get(word);
        if (country != null) {
            return Optional.of(demonymOf(country, country));
        }
        Optional<Actor> organization = countryOfOrganizationEndingAt(sentenceIndex, tokens.get(index));
        if (organization.isPresent()) {
            return organization;
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

    /** "the Armed Forces of Ukraine liberated ...": an organization whose name holds a country acts for it. */
    private Optional<Actor> countryOfOrganizationEndingAt(int sentenceIndex, Token token) {
        return context.organizations().stream().flatMap(o -> o.mentions().stream())
                .filter(span -> span.end() == token.end())
                .flatMap(span -> context.placesIn(sentenceIndex).stream()
                        .filter(m -> m.place().kind() == PlaceKind.COUNTRY && m.place().countryCode() != null)
                        .filter(m -> m.span().start() >= span.start() && m.span().end() <= span.end()))
                .findFirst()
                .map(m -> demonymOf(m.place().countryCode(), m.place().name()));
    }

    private static Actor demonymOf(String countryCode, String fallbackName) {
        String demonym = Countries.standard().withCode(countryCode).map(Countries.Country::demonym)
                .orElse(fallbackName + "'s");
        return new Actor(demonym, countryCode);
    }

    private static boolean isPossessive(Token token) {
        return token.word().equals("'s") || token.word().equals("’s") || PartOfSpeech.tag(token).equals("POS");
    }
}
