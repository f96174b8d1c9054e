package org.frontline.extraction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.event.EventExtractor;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.extraction.pipeline.ArticlePipeline;
import org.frontline.extraction.place.PlaceExtractor;
import org.frontline.extraction.quote.QuoteExtractor;
import org.frontline.importjob.bench.SyntheticCorpus;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.MetadataInference;
import org.frontline.ingest.RawArticle;
import org.frontline.ingest.TextCleaner;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.resolution.duplicate.ReportCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How fast the extraction pipeline reads articles, next to the raw CoreNLP rate on the same texts, so the cost of
 * our own stages shows. Single thread, warm (one unmeasured pass first), wall time. Not part of the test suite:
 * {@code scripts/bench/extraction-rate.sh} runs it with {@code -Dbench.extraction=N} generated articles.
 */
@EnabledIfSystemProperty(named = "bench.extraction", matches = "\\d+")
class ExtractionRateBenchmark {

    @Test
    void measure() throws IOException {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        ArticlePipeline pipeline = new ArticlePipeline(new TextCleaner(), new MetadataInference(), analyzer,
                new PlaceExtractor(Gazetteer.loadDefault()), new ActorExtractor(), new QuoteExtractor(),
                new EventExtractor(), new ReportCopies());
        List<RawArticle> seeds = seeds();
        List<RawArticle> generated = SyntheticCorpus.generate(Integer.getInteger("bench.extraction"), 7).stream()
                .map(a -> new RawArticle(a.fileName(), "bench", a.text(),
                        new ArticleMetadata(null, a.title(), null, null, a.published(), "en")))
                .toList();

        List<String> report = new ArrayList<>();
        for (var corpus : List.of(new Corpus("seeds (5 articles, 3 rounds)", repeat(seeds, 3)),
                new Corpus("generated (" + generated.size() + " articles)", generated))) {
            measure(corpus.articles().subList(0, Math.min(5, corpus.articles().size())), a -> pipeline.extract(a));
            Rate raw = measure(corpus.articles(), a -> analyzer.analyze(a.text(), a.metadata().publishedOn()));
            Rate full = measure(corpus.articles(), pipeline::extract);
            report.add(String.format(Locale.ROOT, "%s: raw CoreNLP %s; whole pipeline %s (%.0f%% of the raw rate)",
                    corpus.name(), raw, full, 100 * full.articlesPerSecond() / raw.articlesPerSecond()));
        }
        report.forEach(System.out::println);
        Path out = Path.of("target/bench/extraction-rate.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(report).hasSize(2);
    }

    private static Rate measure(List<RawArticle> articles, Consumer<RawArticle> work) {
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        long start = System.nanoTime();
        articles.forEach(work);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Rate(articles.size() / seconds, chars / seconds);
    }

    private static List<RawArticle> seeds() throws IOException {
        List<RawArticle> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(new RawArticle(file.getFileName().toString(), "seeds", Files.readString(file),
                        new ArticleMetadata(null, null, null, null, LocalDate.of(2022, 9, 10), "en")));
            }
        }
        return seeds;
    }

    private static <T> List<T> repeat(List<T> items, int times) {
        List<T> repeated = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            repeated.addAll(items);
        }
        return repeated;
    }

    private record Corpus(String name, List<RawArticle> articles) {
    }

    private record Rate(double articlesPerSecond, double charsPerSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f articles/s (%.0f chars/s)", articlesPerSecond, charsPerSecond);
        }
    }
}
