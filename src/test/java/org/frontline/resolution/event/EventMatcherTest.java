package org.frontline.resolution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.vocabulary.DatePrecision.DAY;
import static org.frontline.vocabulary.DatePrecision.MONTH;
import static org.frontline.vocabulary.DatePrecision.UNKNOWN;
import static org.frontline.vocabulary.DatePrecision.WEEK;
import static org.frontline.vocabulary.EventType.ATTACK;
import static org.frontline.vocabulary.EventType.CIVILIAN_HARM;
import static org.frontline.vocabulary.EventType.MASS_GRAVE;
import static org.frontline.vocabulary.EventType.TERRITORY_REGAINED;
import static org.frontline.vocabulary.EventType.WITHDRAWAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EventMatcherTest {

    private static final long LYMAN = 1;
    private static final long KREMINNA = 2;
    private static final long LUHANSK_OBLAST = 3;
    private static final LocalDate OCT_1 = LocalDate.of(2022, 10, 1);

    private final EventMatcher matcher = new EventMatcher();

    @Test
    void aWithdrawalAndARecaptureOfOneTownOnOneDayAreOneEvent() {
        assertThat(matcher.sameEvent(
                new EventCandidate(WITHDRAWAL, OCT_1, DAY, Set.of(LYMAN)),
                new EventCandidate(TERRITORY_REGAINED, OCT_1, DAY, Set.of(LYMAN)))).isTrue();
    }

    @Test
    void typesOfDifferentFamiliesAreNeverOneEvent() {
        assertThat(matcher.sameEvent(
                new EventCandidate(ATTACK, OCT_1, DAY, Set.of(LYMAN)),
                new EventCandidate(TERRITORY_REGAINED, OCT_1, DAY, Set.of(LYMAN)))).isFalse();
    }

    @Test
    void bodiesFoundAndAMassGraveAreOneFamily() {
        assertThat(matcher.sameEvent(
                new EventCandidate(CIVILIAN_HARM, OCT_1, DAY, Set.of(LYMAN)),
                new EventCandidate(MASS_GRAVE, OCT_1.plusDays(1), DAY, Set.of(LYMAN)))).isTrue();
    }

    @Test
    void oneSharedPlaceIsEnoughAndNoneIsTooFew() {
        assertThat(matcher.sameEvent(
                new EventCandidate(ATTACK, OCT_1, DAY, Set.of(LYMAN, KREMINNA)),
                new EventCandidate(ATTACK, OCT_1, DAY, Set.of(KREMINNA)))).isTrue();
        assertThat(matcher.sameEvent(
                new EventCandidate(ATTACK, OCT_1, DAY, Set.of(LYMAN)),
                new EventCandidate(ATTACK, OCT_1, DAY, Set.of(LUHANSK_OBLAST)))).isFalse();
        assertThat(matcher.sameEvent(
                new EventCandidate(ATTACK, OCT_1, DAY, Set.of()),
                new EventCandidate(ATTACK, OCT_1, DAY, Set.of()))).isFalse();
    }

    @Test
    void exactDatesMayDifferByOneDayButNotTwo() {
        EventCandidate first = new EventCandidate(ATTACK, OCT_1, DAY, Set.of(LYMAN));

        assertThat(matcher.sameEvent(first, new EventCandidate(ATTACK, OCT_1.plusDays(1), DAY, Set.of(LYMAN))))
                .isTrue();
        assertThat(matcher.sameEvent(first, new EventCandidate(ATTACK, OCT_1.minusDays(2), DAY, Set.of(LYMAN))))
                .isFalse();
    }

    @Test
    void anUnknownDateMatchesAnyDate() {
        EventCandidate dated = new EventCandidate(ATTACK, OCT_1, DAY, Set.of(LYMAN));

        assertThat(matcher.sameEvent(dated, new EventCandidate(ATTACK, null, UNKNOWN, Set.of(LYMAN)))).isTrue();
        assertThat(matcher.sameEvent(dated, new EventCandidate(ATTACK, OCT_1.minusYears(1), UNKNOWN,
                Set.of(LYMAN)))).isTrue();
        assertThat(matcher.sameEvent(dated, new EventCandidate(ATTACK, null, null, Set.of(LYMAN)))).isTrue();
    }

    @Test
    void aCoarseDateMatchesTheDaysOfItsWindow() {
        EventCandidate articleDated = new EventCandidate(WITHDRAWAL, OCT_1, WEEK, Set.of(LYMAN));
        EventCandidate september = new EventCandidate(WITHDRAWAL, LocalDate.of(2022, 9, 1), MONTH, Set.of(LYMAN));

        assertThat(matcher.sameEvent(articleDated,
                new EventCandidate(WITHDRAWAL, OCT_1.minusDays(5), DAY, Set.of(LYMAN)))).isTrue();
        assertThat(matcher.sameEvent(articleDated,
                new EventCandidate(WITHDRAWAL, OCT_1.minusDays(9), DAY, Set.of(LYMAN)))).isFalse();
        assertThat(matcher.sameEvent(september,
                new EventCandidate(WITHDRAWAL, LocalDate.of(2022, 9, 30), DAY, Set.of(LYMAN)))).isTrue();
        assertThat(matcher.sameEvent(september,
                new EventCandidate(WITHDRAWAL, LocalDate.of(2022, 10, 3), DAY, Set.of(LYMAN)))).isFalse();
    }

    @Test
    void theBestMatchIsOfTheSameTypeThenTheNearestDate() {
        EventCandidate recapture = new EventCandidate(TERRITORY_REGAINED, OCT_1, DAY, Set.of(LYMAN));
        EventCandidate withdrawalDayBefore = new EventCandidate(WITHDRAWAL, OCT_1.minusDays(1), DAY, Set.of(LYMAN));
        EventCandidate withdrawalSameDay = new EventCandidate(WITHDRAWAL, OCT_1, DAY, Set.of(LYMAN));
        EventCandidate attack = new EventCandidate(ATTACK, OCT_1, DAY, Set.of(LYMAN));
        EventCandidate incoming = new EventCandidate(WITHDRAWAL, OCT_1, WEEK, Set.of(LYMAN, KREMINNA));

        assertThat(matcher.bestMatch(incoming, List.of(recapture, withdrawalDayBefore, withdrawalSameDay, attack),
                Function.identity())).contains(withdrawalSameDay);
        assertThat(matcher.bestMatch(incoming, List.of(recapture, attack), Function.identity())).contains(recapture);
        assertThat(matcher.bestMatch(incoming, List.of(attack), Function.identity())).isEmpty();
    }
}
