package org.frontline.extraction.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@link LanguageAnalyzer} on Stanford CoreNLP: tokenize, ssplit, pos, lemma, fine-grained ner with SUTime, and the
 * neural dependency parser (depparse: the cheapest of CoreNLP's parsers, linear in the sentence's length).
 * The models load once, in the constructor (several seconds); {@link #analyze} may then be called from several
 * threads at once, as CoreNLP's own server does with one shared pipeline. No CoreNLP type leaves this class.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");

    private final StanfordCoreNLP pipeline;

    public CoreNlpAnalyzer() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Scraped articles put one paragraph per line, often with headings and captions without a full stop:
        // a line break always ends a sentence, or a caption would run into the next paragraph's quote.
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        properties.setProperty("ner.applyFineGrained", "true");
        properties.setProperty("ner.useSUTime", "true");
        // SUTime's holiday binder (JollyDay) needs the javax JAXB runtime, which Spring Boot's dependency management
        // replaces by the Jakarta one; without it, holidays ("Christmas") are not dated, everything else is.
        properties.setProperty("sutime.binders", "0");
        properties.setProperty("ner.buildEntityMentions", "true");
        properties.setProperty("ner.applyNumericClassifiers", "true");
        properties.setProperty("ner.language", "en");
        this.pipeline = new StanfordCoreNLP(properties);
    }

    @Override
    public AnalyzedText analyze(String text, LocalDate referenceDate) {
        Annotation document = new Annotation(text);
        if (referenceDate != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        pipeline.annotate(document);

        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(sentenceOf(text, sentence, sentences.size()));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
            if (!isNamed(mention)) {
                continue;
            }
            int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int sentenceIndex = sentenceIndexOf(sentences, start);
            String surface = text.substring(start, end);
            entities.add(new EntityMention(type, start, end, surface, sentenceIndex));
            if (TIME_TYPES.contains(type)) {
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex != null ? timex.value() : null;
                TimeValues.Resolved resolved = TimeValues.resolve(value, referenceDate);
                times.add(new TimeMention(start, end, surface, resolved.date(), resolved.precision(), sentenceIndex));
            }
        }
        entities.sort(Comparator.comparingInt(EntityMention::start));
        times.sort(Comparator.comparingInt(TimeMention::start));
        return new AnalyzedText(text, List.copyOf(sentences), List.copyOf(entities), List.copyOf(times));
    }

    /** CoreNLP also reports pronouns ("he", "his") as PERSON mentions; their tokens carry no entity tag. */
    private static boolean isNamed(CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null || tokens.stream().anyMatch(token -> token.ner() != null && !"O".equals(token.ner()));
    }

    private static Sentence sentenceOf(String text, CoreMap sentence, int index) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            int start = label.beginPosition();
            int end = label.endPosition();
            tokens.add(new Token(start, end, text.substring(start, end), label.lemma(), label.tag(), label.ner()));
        }
        return new Sentence(index, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), List.copyOf(tokens),
                dependenciesOf(sentence));
    }

    private static DependencyGraph dependenciesOf(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return DependencyGraph.NONE;
        }
        List<DependencyGraph.Dependency> edges = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            edges.add(new DependencyGraph.Dependency(DependencyGraph.ROOT, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            edges.add(new DependencyGraph.Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        return new DependencyGraph(edges);
    }

    private static int sentenceIndexOf(List<Sentence> sentences, int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence.index();
            }
        }
        return -1;
    }
}
