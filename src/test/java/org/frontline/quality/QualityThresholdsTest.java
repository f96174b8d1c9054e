package org.frontline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The gate's rule: a score may fall 0.02 below its record, splits and merges not above theirs, none unrecorded. */
class QualityThresholdsTest {

    private static QualityThresholds recorded(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return new QualityThresholds(properties);
    }

    /** Places P 0.90, R 0.90; 5 of 6 speakers right; 1 of 2 dates right; 1 split. */
    private static Scorecard card() {
        Scorecard card = new Scorecard();
        card.tally("places").tp = 9;
        card.tally("places").fp = 1;
        card.tally("places").fn = 1;
        card.speakersRight = 5;
        card.speakersChecked = 6;
        card.datesRight = 1;
        card.datesChecked = 2;
        card.splits = java.util.List.of("Kyiv");
        return card;
    }

    private static String allRecorded(String places, String splits) {
        StringBuilder text = new StringBuilder("tolerance=0.02\n").append(places);
        for (String kind : Scorecard.KINDS) {
            if (!kind.equals("places")) {
                text.append("dev.").append(kind).append(".p=0\ndev.").append(kind).append(".r=0\ndev.")
                        .append(kind).append(".f1=0\n");
            }
        }
        return text.append("dev.speakers=0.83\ndev.dates=0.50\n").append(splits).append("dev.merges=0\n").toString();
    }

    @Test
    void aFigureWithinTheToleranceOfItsRecordPasses() throws IOException {
        QualityThresholds thresholds = recorded(allRecorded("dev.places.p=0.92\ndev.places.r=0.90\ndev.places.f1=0.91\n",
                "dev.splits=1\n"));

        assertThat(thresholds.shortfalls("dev", card())).isEmpty();
    }

    @Test
    void aFigureMoreThanTheToleranceBelowItsRecordFails() throws IOException {
        QualityThresholds thresholds = recorded(allRecorded("dev.places.p=0.93\ndev.places.r=0.90\ndev.places.f1=0.90\n",
                "dev.splits=1\n"));

        assertThat(thresholds.shortfalls("dev", card()))
                .containsExactly("dev.places.p is 0.90, recorded 0.93 (tolerance 0.02)");
    }

    @Test
    void moreSplitsThanRecordedFail() throws IOException {
        QualityThresholds thresholds = recorded(allRecorded("dev.places.p=0.90\ndev.places.r=0.90\ndev.places.f1=0.90\n",
                "dev.splits=0\n"));

        assertThat(thresholds.shortfalls("dev", card())).containsExactly("dev.splits is 1, recorded 0");
    }

    @Test
    void aFigureWithoutARecordFails() throws IOException {
        QualityThresholds thresholds = recorded(allRecorded("dev.places.p=0.90\ndev.places.r=0.90\n", "dev.splits=1\n"));

        assertThat(thresholds.shortfalls("dev", card()))
                .containsExactly("dev.places.f1 has no recorded figure in quality/thresholds.properties (it is 0.90)");
    }

    @Test
    void figuresAboveTheirRecordAreNamedForRaising() throws IOException {
        QualityThresholds thresholds = recorded(allRecorded("dev.places.p=0.85\ndev.places.r=0.90\ndev.places.f1=0.90\n",
                "dev.splits=2\n"));

        assertThat(thresholds.gains("dev", card())).containsExactly("dev.places.p=0.90 (recorded 0.85)",
                "dev.splits=1 (recorded 2)");
    }

    @Test
    void theRecordedFiguresCoverBothSets() {
        QualityThresholds thresholds = QualityThresholds.load();

        assertThat(thresholds.shortfalls("seeds", new Scorecard())).noneMatch(s -> s.contains("no recorded figure"));
        assertThat(thresholds.shortfalls("dev", new Scorecard())).noneMatch(s -> s.contains("no recorded figure"));
    }
}
