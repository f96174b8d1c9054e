package org.frontline.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The figures the quality gate holds extraction to (src/test/resources/quality/thresholds.properties): per set, a
 * score may fall at most {@code tolerance} below its recorded figure, and splits and merges may not rise above
 * theirs. Every figure of a set must have a record: a gate with a figure left out could not fail on it.
 */
final class QualityThresholds {

    static final String RESOURCE = "quality/thresholds.properties";
    private static final double ROUNDING = 1e-9;
    private static final List<String> COUNTS = List.of("splits", "merges");

    private final Properties recorded;
    private final double tolerance;

    QualityThresholds(Properties recorded) {
        this.recorded = recorded;
        this.tolerance = Double.parseDouble(recorded.getProperty("tolerance", "0.02"));
    }

    static QualityThresholds load() {
        Properties properties = new Properties();
        try (InputStream in = QualityThresholds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QualityThresholds(properties);
    }

    /** @return one line per figure of {@code set} below what its record allows (none when the set passes) */
    List<String> shortfalls(String set, Scorecard card) {
        List<String> shortfalls = new ArrayList<>();
        for (Map.Entry<String, Double> figure : card.figures().entrySet()) {
            String key = set + "." + figure.getKey();
            String record = recorded.getProperty(key);
            double value = figure.getValue();
            if (record == null) {
                shortfalls.add(key + " has no recorded figure in " + RESOURCE + " (it is " + shown(figure) + ")");
            } else if (COUNTS.contains(figure.getKey()) ? value > Double.parseDouble(record)
                    : value < Double.parseDouble(record) - tolerance - ROUNDING) {
                shortfalls.add(key + " is " + shown(figure) + ", recorded " + record.strip()
                        + (COUNTS.contains(figure.getKey()) ? "" : " (tolerance " + tolerance + ")"));
            }
        }
        return shortfalls;
    }

    /** @return the figures of {@code set} that now print better than their record: the lead may raise these */
    List<String> gains(String set, Scorecard card) {
        List<String> gains = new ArrayList<>();
        for (Map.Entry<String, Double> figure : card.figures().entrySet()) {
            String key = set + "." + figure.getKey();
            String record = recorded.getProperty(key);
            if (record == null) {
                continue;
            }
            double shown = Double.parseDouble(shown(figure));
            if (COUNTS.contains(figure.getKey()) ? shown < Double.parseDouble(record)
                    : shown > Double.parseDouble(record) + ROUNDING) {
                gains.add(key + "=" + shown(figure) + " (recorded " + record.strip() + ")");
            }
        }
        return gains;
    }

    private static String shown(Map.Entry<String, Double> figure) {
        return COUNTS.contains(figure.getKey()) ? String.valueOf(figure.getValue().intValue())
                : PythonText.twoDecimals(figure.getValue());
    }
}
