package org.frontline.extraction.event;

import java.util.List;
import java.util.Set;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.place.PlaceKind;

/**
 * Tells a place named as the scene of what a sentence reports from a place named for another reason: as part of a
 * name ("Kharkiv Regional Council"), as a modifier ("Moscow-backed", "Russia-occupied"), as an actor ("Kyiv's army",
 * "Moscow has acknowledged") or as a dateline ("KYIV:").
 */
final class PlaceRoles {

    private static final Set<String> FORCE_NOUNS = Set.of("army", "armies", "force", "forces", "troops", "military",
            "government", "officials", "authorities", "ministry", "president", "leader", "leadership", "command",
            "soldiers", "men", "defence", "defense", "units", "commanders", "regime", "navy", "air");
    private static final Set<String> DATELINE_MARKS = Set.of(":", "(", "-LRB-", "—", "–", "--", "-");

    private final ArticleContext context;

    PlaceRoles(ArticleContext context) {
        this.context = context;
    }

    /** The mentions in the sentence that can be where an event happened. */
    List<PlaceMention> locativeIn(int sentenceIndex) {
        Sentence sentence = context.sentence(sentenceIndex);
        return context.placesIn(sentenceIndex).stream()
                .filter(m -> !context.insideName(m.span()))
                .filter(m -> !isModifier(m))
                .filter(m -> !isPossessiveActor(sentence, m))
                .filter(m -> !isSubjectActor(sentence, m))
                .filter(m -> !isDateline(sentence, m))
                .toList();
    }

    private boolean isModifier(PlaceMention mention) {
        String text = context.text().text();
        int end = mention.span().end();
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
    }

    private static boolean isPossessiveActor(Sentence sentence, PlaceMention mention) {
        List<Token> tokens = sentence.tokens();
        int next = mention.lastToken() + 1;
        if (next + 1 >= tokens.size() || !isPossessiveMark(tokens.get(next))) {
            return false;
        }
        for (int i = next + 1; i < Math.min(tokens.size(), next + 4); i++) {
            Token token = tokens.get(i);
            if (FORCE_NOUNS.contains(PartOfSpeech.word(token))) {
                return true;
            }
            if (!PartOfSpeech.tag(token).startsWith("JJ") && !PartOfSpeech.tag(token).startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPossessiveMark(Token token) {
        String word = token.word();
        return word.equals("'s") || word.equals("’s") || PartOfSpeech.tag(token).equals("POS");
    }

    /**
     * A city or country standing as the subject of an active verb speaks for its government ("Moscow has
     * acknowledged", "Kyiv announced"). A passive ("Kharkiv was shelled") keeps the place a place.
     */
    private static boolean isSubjectActor(Sentence sentence, PlaceMention mention) {
        PlaceKind kind = mention.place().kind();
        if (kind != PlaceKind.SETTLEMENT && kind != PlaceKind.COUNTRY) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        int before = mention.firstToken() - 1;
        if (before >= 0 && PartOfSpeech.tag(tokens.get(before)).matches("IN|TO|DT|POS")) {
            return false;
        }
        int next = mention.lastToken() + 1;
        if (next >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(next);
        String tag = PartOfSpeech.tag(verb);
        String lemma = PartOfSpeech.lemma(verb);
        if (tag.equals("MD")) {
            return true;
        }
        if (!tag.matches("VBD|VBZ|VBP") || lemma.equals("be") || lemma.equals("remain")) {
            return false;
        }
        if (lemma.equals("have") && next + 1 < tokens.size()) {
            Token participle = tokens.get(next + 1);
            return !PartOfSpeech.lemma(participle).equals("be") && PartOfSpeech.isVerb(participle);
        }
        return true;
    }

    private static boolean isDateline(Sentence sentence, PlaceMention mention) {
        List<Token> tokens = sentence.tokens();
        int next = mention.lastToken() + 1;
        return mention.firstToken() == 0 && next < tokens.size() && DATELINE_MARKS.contains(tokens.get(next).word());
    }
}
