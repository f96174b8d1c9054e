package org.frontline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowTest {

    private static final LocalDate OCT_5 = LocalDate.of(2022, 10, 5);

    @Test
    void eachPrecisionStandsForItsDays() {
        assertThat(DateWindow.of(OCT_5, DatePrecision.DAY)).isEqualTo(new DateWindow(OCT_5, OCT_5));
        assertThat(DateWindow.of(OCT_5, DatePrecision.WEEK))
                .isEqualTo(new DateWindow(LocalDate.of(2022, 9, 29), LocalDate.of(2022, 10, 11)));
        assertThat(DateWindow.of(OCT_5, DatePrecision.MONTH))
                .isEqualTo(new DateWindow(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31)));
        assertThat(DateWindow.of(OCT_5, DatePrecision.UNKNOWN)).isEqualTo(DateWindow.UNBOUNDED);
        assertThat(DateWindow.of(null, DatePrecision.DAY)).isEqualTo(DateWindow.UNBOUNDED);
    }

    @Test
    void windowsAreCompatibleWhenTheyOverlapOrStandADayApart() {
        DateWindow day = DateWindow.of(OCT_5, DatePrecision.DAY);

        assertThat(day.compatibleWith(DateWindow.of(OCT_5.plusDays(1), DatePrecision.DAY))).isTrue();
        assertThat(day.compatibleWith(DateWindow.of(OCT_5.plusDays(2), DatePrecision.DAY))).isFalse();
        assertThat(day.compatibleWith(DateWindow.of(LocalDate.of(2022, 9, 1), DatePrecision.MONTH))).isFalse();
        assertThat(day.compatibleWith(DateWindow.of(LocalDate.of(2022, 10, 1), DatePrecision.MONTH))).isTrue();
        assertThat(day.compatibleWith(DateWindow.UNBOUNDED)).isTrue();
    }
}
