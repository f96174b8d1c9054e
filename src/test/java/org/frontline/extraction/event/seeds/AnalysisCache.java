package org.frontline.extraction.event.seeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.EntityMention;
import org.frontline.extraction.language.LanguageAnalyzer;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.TimeMention;
import org.frontline.extraction.language.Token;
import org.frontline.vocabulary.DatePrecision;

/** Keeps analysed seeds under target/ so that measuring the event stage again needs no NLP models. */
public final class AnalysisCache {

    private final Path folder;
    private final Supplier<LanguageAnalyzer> analyzer;
    private LanguageAnalyzer loaded;

    public AnalysisCache(Path folder, Supplier<LanguageAnalyzer> analyzer) {
        this.folder = folder;
        this.analyzer = analyzer;
    }

    public AnalyzedText analyze(String name, String text, LocalDate date) throws IOException {
        Path file = folder.resolve(name + ".tsv");
        if (Files.exists(file)) {
            return read(text, Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        if (loaded == null) {
            loaded = analyzer.get();
        }
        AnalyzedText analyzed = loaded.analyze(text, date);
        Files.createDirectories(folder);
        Files.write(file, write(analyzed), StandardCharsets.UTF_8);
        return analyzed;
    }

    private static List<String> write(AnalyzedText text) {
        List<String> lines = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            lines.add(String.join("\t", "S", "" + s.index(), "" + s.start(), "" + s.end()));
            for (Token t : s.tokens()) {
                lines.add(String.join("\t", "T", "" + t.start(), "" + t.end(), t.lemma(), t.partOfSpeech(),
                        t.entityTag()));
            }
        }
        for (EntityMention e : text.entities()) {
            lines.add(String.join("\t", "E", e.type(), "" + e.start(), "" + e.end(), "" + e.sentenceIndex()));
        }
        for (TimeMention m : text.times()) {
            lines.add(String.join("\t", "M", "" + m.start(), "" + m.end(), "" + m.date(), m.precision().name(),
                    "" + m.sentenceIndex()));
        }
        return lines;
    }

    private static AnalyzedText read(String text, List<String> lines) {
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        int[] open = null;
        List<Token> tokens = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "S" -> {
                    if (open != null) {
                        sentences.add(new Sentence(open[0], open[1], open[2], List.copyOf(tokens)));
                    }
                    open = new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])};
                    tokens.clear();
                }
                case "T" -> {
                    int start = Integer.parseInt(f[1]);
                    int end = Integer.parseInt(f[2]);
                    tokens.add(new Token(start, end, text.substring(start, end), f[3], f[4], f[5]));
                }
                case "E" -> {
                    int start = Integer.parseInt(f[2]);
                    int end = Integer.parseInt(f[3]);
                    entities.add(new EntityMention(f[1], start, end, text.substring(start, end),
                            Integer.parseInt(f[4])));
                }
                case "M" -> {
                    int start = Integer.parseInt(f[1]);
                    int end = Integer.parseInt(f[2]);
                    times.add(new TimeMention(start, end, text.substring(start, end),
                            f[3].equals("null") ? null : LocalDate.parse(f[3]), DatePrecision.valueOf(f[4]),
                            Integer.parseInt(f[5])));
                }
                default -> throw new IllegalStateException("bad cache line " + line);
            }
        }
        if (open != null) {
            sentences.add(new Sentence(open[0], open[1], open[2], List.copyOf(tokens)));
        }
        return new AnalyzedText(text, sentences, entities, times);
    }
}
