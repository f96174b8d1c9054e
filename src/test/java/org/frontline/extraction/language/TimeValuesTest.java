package org.frontline.extraction.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontline.extraction.language.TimeValues.Resolved;
import org.frontline.vocabulary.DatePrecision;
import org.junit.jupiter.api.Test;

class TimeValuesTest {

    private static final LocalDate REFERENCE = LocalDate.of(2023, 3, 4);

    @Test
    void aFullDateIsADay() {
        assertThat(TimeValues.resolve("2023-03-04", REFERENCE)).isEqualTo(new Resolved(LocalDate.of(2023, 3, 4), DatePrecision.DAY));
    }

    @Test
    void aTimeOfDayKeepsItsDay() {
        assertThat(TimeValues.resolve("2023-03-04TNI", REFERENCE)).isEqualTo(new Resolved(LocalDate.of(2023, 3, 4), DatePrecision.DAY));
        assertThat(TimeValues.resolve("2023-03-04T10:30", null)).isEqualTo(new Resolved(LocalDate.of(2023, 3, 4), DatePrecision.DAY));
    }

    @Test
    void anIsoWeekStartsOnItsMonday() {
        assertThat(TimeValues.resolve("2023-W09", REFERENCE)).isEqualTo(new Resolved(LocalDate.of(2023, 2, 27), DatePrecision.WEEK));
    }

    @Test
    void aWeekdayOfAnIsoWeekIsADay() {
        assertThat(TimeValues.resolve("2023-W09-6", REFERENCE)).isEqualTo(new Resolved(LocalDate.of(2023, 3, 4), DatePrecision.DAY));
    }

    @Test
    void aMonthStartsOnItsFirstDay() {
        assertThat(TimeValues.resolve("2023-02", REFERENCE)).isEqualTo(new Resolved(LocalDate.of(2023, 2, 1), DatePrecision.MONTH));
    }

    @Test
    void aDayWithoutAYearTakesTheYearNearestTheReference() {
        assertThat(TimeValues.resolve("XXXX-12-30", REFERENCE)).isEqualTo(new Resolved(LocalDate.of(2022, 12, 30), DatePrecision.DAY));
        assertThat(TimeValues.resolve("XXXX-03-01", REFERENCE)).isEqualTo(new Resolved(LocalDate.of(2023, 3, 1), DatePrecision.DAY));
        assertThat(TimeValues.resolve("XXXX-03-01", null)).isEqualTo(Resolved.NONE);
    }

    @Test
    void thePresentIsTheReferenceDay() {
        assertThat(TimeValues.resolve("PRESENT_REF", REFERENCE)).isEqualTo(new Resolved(REFERENCE, DatePrecision.DAY));
        assertThat(TimeValues.resolve("PRESENT_REF", null)).isEqualTo(Resolved.NONE);
    }

    @Test
    void valuesNamingNoDayWeekOrMonthGiveNoDate() {
        assertThat(TimeValues.resolve("PAST_REF", REFERENCE)).isEqualTo(Resolved.NONE);
        assertThat(TimeValues.resolve("2023", REFERENCE)).isEqualTo(Resolved.NONE);
        assertThat(TimeValues.resolve("2023-SU", REFERENCE)).isEqualTo(Resolved.NONE);
        assertThat(TimeValues.resolve("P1D", REFERENCE)).isEqualTo(Resolved.NONE);
        assertThat(TimeValues.resolve("2023-W60", REFERENCE)).isEqualTo(Resolved.NONE);
        assertThat(TimeValues.resolve(null, REFERENCE)).isEqualTo(Resolved.NONE);
    }
}
