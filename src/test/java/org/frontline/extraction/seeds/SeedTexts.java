package org.frontline.extraction.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed articles, analysed once by CoreNLP and cached under target/analyzed-seeds (measurement only: loading
 * the models takes longer than everything the later stages do).
 */
public final class SeedTexts {

    public static final Path SEEDS = Path.of("seeds");
    private static final Path CACHE = Path.of("target/analyzed-seeds");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static CoreNlpAnalyzer analyzer;

    private SeedTexts() {
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The date the seed's events are reported against (see ../shared/seeds/SOURCES.md). */
    public static LocalDate referenceDate(Path seed) {
        return seed.getFileName().toString().startsWith("004") ? LocalDate.of(2022, 9, 20) : LocalDate.of(2022, 9, 10);
    }

    public static AnalyzedText analyzed(Path seed) {
        try {
            String text = Files.readString(seed);
            Path cached = CACHE.resolve(seed.getFileName() + ".json");
            if (Files.exists(cached)) {
                AnalyzedText analyzed = JSON.readValue(cached.toFile(), AnalyzedText.class);
                if (analyzed.text().equals(text)) {
                    return analyzed;
                }
            }
            AnalyzedText analyzed = analyzer().analyze(text, referenceDate(seed));
            Files.createDirectories(CACHE);
            JSON.writeValue(cached.toFile(), analyzed);
            return analyzed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized CoreNlpAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new CoreNlpAnalyzer();
        }
        return analyzer;
    }
}
