package org.frontline.extraction.seeds;

import java.nio.file.Path;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.people.ActorExtractor;
import org.frontline.extraction.people.Actors;
import org.frontline.extraction.quote.QuoteExtraction;
import org.frontline.extraction.quote.QuoteExtractor;

/** Development aid: prints the quotations found in each seed with speaker and evidence. */
public final class PrintQuotes {

    public static void main(String[] args) {
        for (Path seed : SeedTexts.files()) {
            if (args.length > 0 && !seed.getFileName().toString().startsWith(args[0])) {
                continue;
            }
            AnalyzedText analyzed = SeedTexts.analyzed(seed);
            Actors actors = new ActorExtractor().extract(analyzed);
            QuoteExtraction extraction = new QuoteExtractor().extract(analyzed, actors);
            System.out.println("=== " + seed.getFileName());
            for (ExtractedQuote quote : extraction.quotes()) {
                String speaker = quote.speakerKey() == null ? "nobody"
                        : actors.person(quote.speakerKey()) != null ? actors.person(quote.speakerKey()).name()
                        : actors.organization(quote.speakerKey()).name();
                System.out.println("  [" + speaker + "] «" + quote.text() + "»");
                System.out.println("      evidence: " + quote.evidence().of(analyzed.text()).replace("\n", " / "));
            }
        }
    }
}
