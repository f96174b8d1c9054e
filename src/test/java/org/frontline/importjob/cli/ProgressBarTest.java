package org.frontline.importjob.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsHowFarHowFastAndHowLongStill() {
        assertThat(ProgressBar.render(412, 1000, 412, Duration.ofSeconds(40)))
                .isEqualTo("[============>                 ] 412/1000  41%  10.3 articles/s  0:57 left");
    }

    @Test
    void theRateCountsOnlyWhatThisRunDidWhenAJobIsResumed() {
        assertThat(ProgressBar.render(600, 1000, 100, Duration.ofSeconds(50)))
                .isEqualTo("[==================>           ] 600/1000  60%  2.0 articles/s  3:20 left");
    }

    @Test
    void beforeTheFirstArticleThereIsNoRateYet() {
        assertThat(ProgressBar.render(0, 20, 0, Duration.ZERO))
                .isEqualTo("[>                             ] 0/20   0%  -- articles/s  --:-- left");
    }

    @Test
    void aFinishedJobHasAFullBar() {
        assertThat(ProgressBar.render(20, 20, 20, Duration.ofSeconds(4)))
                .isEqualTo("[==============================] 20/20 100%  5.0 articles/s  0:00 left");
    }

    @Test
    void aSlowRateKeepsTwoDecimals() {
        assertThat(ProgressBar.rate(0.0125)).isEqualTo("0.01");
        assertThat(ProgressBar.rate(0.42)).isEqualTo("0.42");
        assertThat(ProgressBar.rate(12.34)).isEqualTo("12.3");
    }

    @Test
    void timeLeftReadsLikeAClock() {
        assertThat(ProgressBar.clock(Duration.ofSeconds(47))).isEqualTo("0:47");
        assertThat(ProgressBar.clock(Duration.ofSeconds(725))).isEqualTo("12:05");
        assertThat(ProgressBar.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    }
}
