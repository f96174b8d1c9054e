package org.frontline.extraction.event.seeds;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.frontline.event.DatePrecision;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.EntityMention;
import org.frontline.extraction.language.LanguageAnalyzer;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.TimeMention;
import org.frontline.extraction.language.Token;

/**
 * A stand-in for the project's CoreNLP analyzer, used only to measure the event stage on the seeds until the real
 * one is merged: CoreNLP's tokens, sentences (a line break ends one), tags, lemmas, entities and SUTime values.
 */
public final class InterimCoreNlpAnalyzer implements LanguageAnalyzer {

    private final StanfordCoreNLP pipeline;

    public InterimCoreNlpAnalyzer() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.buildEntityMentions", "true");
        // JollyDay holidays need a JAXB runtime this project does not ship; holidays do not matter here.
        props.setProperty("sutime.binders", "0");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public AnalyzedText analyze(String text, LocalDate referenceDate) {
        CoreDocument document = new CoreDocument(text);
        if (referenceDate != null) {
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        pipeline.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreSentence> coreSentences = document.sentences();
        for (int i = 0; i < coreSentences.size(); i++) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : coreSentences.get(i).tokens()) {
                tokens.add(new Token(label.beginPosition(), label.endPosition(), label.originalText(), label.lemma(),
                        label.tag(), label.ner()));
            }
            sentences.add(new Sentence(i, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            int start = mention.charOffsets().first();
            int end = mention.charOffsets().second();
            int sentence = coreSentences.indexOf(mention.sentence());
            String type = mention.entityType();
            if (type.equals("DATE") || type.equals("TIME")) {
                Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                LocalDate date = null;
                DatePrecision precision = DatePrecision.UNKNOWN;
                if (timex != null && timex.value() != null) {
                    String value = timex.value();
                    try {
                        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                            date = LocalDate.parse(value.substring(0, 10));
                            precision = DatePrecision.DAY;
                        } else if (value.matches("\\d{4}-W\\d{2}.*")) {
                            date = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
                                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6, 8)))
                                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                            precision = DatePrecision.WEEK;
                        } else if (value.matches("\\d{4}-\\d{2}")) {
                            date = LocalDate.parse(value + "-01");
                            precision = DatePrecision.MONTH;
                        } else if (value.matches("\\d{4}")) {
                            date = LocalDate.of(Integer.parseInt(value), 1, 1);
                        }
                    } catch (RuntimeException e) {
                        date = null;
                    }
                }
                times.add(new TimeMention(start, end, mention.text(), date, precision, sentence));
            } else {
                entities.add(new EntityMention(type, start, end, mention.text(), sentence));
            }
        }
        return new AnalyzedText(text, sentences, entities, times);
    }
}
