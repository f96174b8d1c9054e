package org.frontline.extraction.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.actor.Actors;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.SharedCoreNlp;
import org.frontline.extraction.place.PlaceExtractor;
import org.frontline.extraction.quote.QuoteExtraction;
import org.frontline.extraction.quote.QuoteExtractor;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Shows how the event stage reads one sentence of an article, over the pipeline's own places, people and quotes:
 * {@code -Dseed=003 -Dsentence="fall of"} (and {@code -Darticles=FOLDER -Ddate=2022-09-10} for other articles).
 * What the events of whole sets score is the quality gate's business (org.frontline.quality).
 */
@EnabledIfSystemProperty(named = "sentence", matches = ".+")
class SeedSentenceDebug {

    @Test
    void show() throws Exception {
        String prefix = System.getProperty("seed");
        String needle = System.getProperty("sentence");
        Path file = Files.list(Path.of(System.getProperty("articles", "seeds")))
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
        LocalDate date = LocalDate.parse(System.getProperty("date", "2022-09-10"));
        AnalyzedText text = SharedCoreNlp.analyzer().analyze(Files.readString(file), date);
        QuoteExtraction quotes = new QuoteExtractor().extract(text, new ActorExtractor().extract(text));
        Actors speakers = quotes.actors();
        ArticleIndex context = new ArticleIndex(text, date, new PlaceExtractor(Gazetteer.loadDefault()).extract(text),
                speakers.people(), speakers.organizations(), quotes.quotes());
        PlaceRoles roles = new PlaceRoles(context);
        FactualityClassifier classifier = new FactualityClassifier(context);
        TriggerLexicon lexicon = TriggerLexicon.standard();
        for (int s = 0; s < text.sentences().size(); s++) {
            Sentence sentence = text.sentences().get(s);
            if (!text.text().substring(sentence.start(), sentence.end()).contains(needle)) {
                continue;
            }
            System.out.println("#" + s + " paragraph " + context.paragraphOf(s));
            System.out.println(sentence.tokens().stream().map(t -> t.word() + "/" + t.lemma() + "/"
                    + t.partOfSpeech()).toList());
            System.out.println("places " + context.placesIn(s).stream().map(m -> m.key() + "@" + m.firstToken())
                    .toList() + " locative " + roles.locativeIn(s).stream().map(PlaceInSentence::key).toList());
            System.out.println("times " + text.times().stream().filter(t -> t.sentenceIndex() == sentence.index())
                    .map(t -> t.text() + "=" + t.date() + "/" + t.precision()).toList());
            for (Trigger trigger : lexicon.find(sentence)) {
                System.out.println("trigger " + trigger.tokenIndexes() + " " + trigger.entry().label() + " "
                        + classifier.classify(trigger, trigger.entry().type()));
            }
        }
        System.out.println("quotes " + quotes.quotes().stream().map(q -> q.text().substring(0,
                Math.min(30, q.text().length()))).toList());
    }
}
