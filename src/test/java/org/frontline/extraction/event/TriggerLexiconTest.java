package org.frontline.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.frontline.extraction.language.Sentence;
import org.frontline.vocabulary.EventType;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private static Sentence sentence(String text) {
        return ArticleFixture.of(text).analyzed().sentences().get(0);
    }

    private static List<String> labels(TriggerLexicon lexicon, String text) {
        return lexicon.find(sentence(text)).stream().map(t -> t.entry().label() + "@" + t.tokenIndexes()).toList();
    }

    @Test
    void aLemmaMatchesEveryFormOfTheWord() {
        TriggerLexicon lexicon = TriggerLexicon.parse(List.of("WITHDRAWAL | withdraw/V | withdrawal |"));

        assertThat(labels(lexicon, "Troops withdrew from Lyman.")).containsExactly("withdrawal@[1]");
        assertThat(labels(lexicon, "Troops have withdrawn.")).containsExactly("withdrawal@[2]");
    }

    @Test
    void aPartOfSpeechRestrictsTheMatch() {
        TriggerLexicon lexicon = TriggerLexicon.parse(List.of("ATTACK | attack/V | attack |"));

        assertThat(labels(lexicon, "The attack failed.")).isEmpty();
        assertThat(labels(lexicon, "Drones may attack Odesa.")).containsExactly("attack@[2]");
    }

    @Test
    void aGapLetsWordsStandBetweenStepsButNotAComma() {
        TriggerLexicon lexicon = TriggerLexicon.parse(List.of("TERRITORY_TAKEN | raise/V ... flag/N | flag raised |"));

        assertThat(labels(lexicon, "Soldiers raised the blue and yellow flag.")).containsExactly("flag raised@[1, 6]");
        assertThat(labels(lexicon, "Soldiers raised money, and a flag.")).isEmpty();
    }

    @Test
    void theLongestOfOverlappingMatchesWins() {
        TriggerLexicon lexicon = TriggerLexicon.parse(List.of(
                "MASS_GRAVE | grave/N | grave |",
                "MASS_GRAVE | mass grave | mass grave |"));

        assertThat(labels(lexicon, "Investigators found a mass grave.")).containsExactly("mass grave@[3, 4]");
    }

    @Test
    void takenGroundIsReadAsCapturedUntilTheActorDecides() {
        TriggerLexicon lexicon = TriggerLexicon.parse(List.of(
                "TERRITORY_TAKEN | seize/V | capture |",
                "WITHDRAWAL | leave/V | withdrawal | place-object",
                "CIVILIAN_HARM | kill/V | people killed | civilian"));

        TriggerEntry seize = lexicon.find(sentence("Troops seized Lyman.")).get(0).entry();
        TriggerEntry leave = lexicon.find(sentence("Troops left Lyman.")).get(0).entry();
        TriggerEntry kill = lexicon.find(sentence("Shells killed two.")).get(0).entry();

        assertThat(seize.type()).isEqualTo(EventType.TERRITORY_CAPTURED);
        assertThat(seize.directional()).isTrue();
        assertThat(leave.needsPlaceObject()).isTrue();
        assertThat(kill.civilianHarm()).isTrue();
    }

    @Test
    void aMalformedLineIsRejected() {
        assertThatThrownBy(() -> TriggerLexicon.parse(List.of("ATTACK | ... shell |")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TriggerLexicon.parse(List.of("BATTLE | shell | shelling |")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardLexiconHasTriggersForEveryTypeButOther() {
        TriggerLexicon lexicon = TriggerLexicon.standard();

        assertThat(labels(lexicon, "Ukrainian troops recaptured Lyman.")).containsExactly("recapture@[2]");
        assertThat(Arrays.stream(EventType.values()).filter(t -> t != EventType.OTHER))
                .allSatisfy(type -> assertThat(lexicon.typesCovered()).contains(type));
    }
}
