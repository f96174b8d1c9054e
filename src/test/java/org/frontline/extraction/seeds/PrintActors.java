package org.frontline.extraction.seeds;

import java.nio.file.Path;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.people.ActorExtractor;
import org.frontline.extraction.people.Actors;

/** Development aid: prints what the actor extractor finds in each seed. */
public final class PrintActors {

    public static void main(String[] args) {
        for (Path seed : SeedTexts.files()) {
            if (args.length > 0 && !seed.getFileName().toString().startsWith(args[0])) {
                continue;
            }
            AnalyzedText analyzed = SeedTexts.analyzed(seed);
            Actors actors = new ActorExtractor().extract(analyzed);
            System.out.println("=== " + seed.getFileName());
            actors.people().forEach(p -> System.out.println("  " + p.key() + " " + p.name() + " " + p.aliases()
                    + " | " + p.role() + " | " + p.mentions().stream().map(s -> s.of(analyzed.text())).toList()));
            actors.organizations().forEach(o -> System.out.println("  " + o.key() + " " + o.name() + " " + o.aliases()
                    + " | " + o.mentions().stream().map(s -> s.of(analyzed.text())).toList()));
        }
    }
}
