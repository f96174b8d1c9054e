package org.frontline.extraction.seeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.extraction.people.ActorExtractor;
import org.frontline.extraction.people.Actors;
import org.frontline.extraction.quote.QuoteExtraction;
import org.frontline.extraction.quote.QuoteExtractor;

/** Development aid: people, organizations and quotes of any text files given as arguments. */
public final class PrintFiles {

    public static void main(String[] args) throws Exception {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        for (String file : args) {
            AnalyzedText analyzed = analyzer.analyze(Files.readString(Path.of(file)), LocalDate.of(2022, 10, 10));
            Actors actors = new ActorExtractor().extract(analyzed);
            QuoteExtraction extraction = new QuoteExtractor().extract(analyzed, actors);
            System.out.println("=== " + file);
            actors.people().forEach(p -> System.out.println("  " + p.name() + " " + p.aliases() + " | " + p.role()));
            actors.organizations().forEach(o -> System.out.println("  ORG " + o.name() + " " + o.aliases()));
            for (ExtractedQuote quote : extraction.quotes()) {
                String speaker = quote.speakerKey() == null ? "nobody"
                        : actors.person(quote.speakerKey()) != null ? actors.person(quote.speakerKey()).name()
                        : actors.organization(quote.speakerKey()).name();
                System.out.println("  Q [" + speaker + "] «" + quote.text() + "»");
            }
        }
    }
}
