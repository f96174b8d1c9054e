package org.frontline.extraction.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.frontline.extraction.event.seeds.AnalysisCache;
import org.frontline.extraction.event.seeds.SeedFixture;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.place.PlaceExtractor;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

/** Shows how the event stage reads one seed sentence: -Dseed=003 -Dsentence="fall of". */
@EnabledIfSystemProperty(named = "sentence", matches = ".+")
class SeedSentenceDebug {

    @Test
    void show() throws Exception {
        String prefix = System.getProperty("seed");
        String needle = System.getProperty("sentence");
        Path file = Files.list(Path.of(System.getProperty("articles", "seeds")))
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
        String name = file.getFileName().toString();
        var gold = JsonMapper.builder().build().readTree(Files.readString(Path.of(System.getProperty("gold",
                        "../shared/eval/seeds-gold.json"))))
                .get("articles").get(name);
        LocalDate date = LocalDate.parse(System.getProperty("date", "2022-09-10"));
        AnalyzedText text = new AnalysisCache(Path.of("target/analysis-cache"), CoreNlpAnalyzer::new)
                .analyze(name, Files.readString(file), date);
        SeedFixture fixture = "gold".equals(System.getProperty("places")) ? new SeedFixture(text, gold.get("places"))
                : new SeedFixture(text, new PlaceExtractor(Gazetteer.loadDefault()).extract(text));
        ArticleIndex context = new ArticleIndex(text, date, fixture.places, fixture.people, fixture.organizations,
                fixture.quotes);
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
        System.out.println("quotes " + fixture.quotes.stream().map(q -> q.text().substring(0,
                Math.min(30, q.text().length()))).toList());
    }
}
