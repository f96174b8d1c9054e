package org.frontline.extraction.seeds;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.extraction.people.ActorExtractor;
import org.frontline.extraction.people.Actors;
import org.frontline.extraction.quote.QuoteExtractor;

/**
 * Measurement, not a test: CoreNLP's model load time and analysis rate on the seeds, next to the rate of the actor
 * and quote stages on the same text. Reports CPU time of the measuring thread as well as wall time, because the
 * machine is shared.
 */
public final class CoreNlpBenchmark {

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        System.out.printf("model load: %.1f s wall, %.1f s CPU%n", (System.nanoTime() - wall) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        List<Path> seeds = SeedTexts.files();
        List<String> texts = new ArrayList<>();
        for (Path seed : seeds) {
            texts.add(Files.readString(seed));
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        int rounds = Integer.getInteger("rounds", 5);
        List<AnalyzedText> analyzed = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            wall = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            analyzed.clear();
            for (int i = 0; i < texts.size(); i++) {
                analyzed.add(analyzer.analyze(texts.get(i), SeedTexts.referenceDate(seeds.get(i))));
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf("analyze round %d: %d chars, %.2f s CPU = %.0f chars/s CPU (%.0f chars/s wall)%n", round,
                    chars, cpuSeconds, chars / cpuSeconds, chars / wallSeconds);
        }
        cpu = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            for (AnalyzedText text : analyzed) {
                Actors actors = new ActorExtractor().extract(text);
                new QuoteExtractor().extract(text, actors);
            }
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("actors + quotes: %.0f chars/s CPU (all %d rounds, cold start included)%n",
                chars * rounds / cpuSeconds, rounds);
    }
}
