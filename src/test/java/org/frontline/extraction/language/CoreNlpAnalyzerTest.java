package org.frontline.extraction.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.vocabulary.DatePrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads CoreNLP's models once (shared with the other CoreNLP-backed tests): that takes many seconds. */
class CoreNlpAnalyzerTest {

    private static final String TEXT = """
            Governor Vitaliy Kim said the flag was raised in Mykolaiv on Saturday.
            Shelling continued in Ochakiv last month, he said.""";
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 11, 14);

    private static AnalyzedText analyzed;

    @BeforeAll
    static void analyze() {
        analyzed = SharedCoreNlp.analyzer().analyze(TEXT, PUBLISHED);
    }

    @Test
    void splitsSentencesWithOffsetsIntoTheText() {
        assertThat(analyzed.text()).isEqualTo(TEXT);
        assertThat(analyzed.sentences()).extracting(s -> TEXT.substring(s.start(), s.end())).containsExactly(
                "Governor Vitaliy Kim said the flag was raised in Mykolaiv on Saturday.",
                "Shelling continued in Ochakiv last month, he said.");
        Token first = analyzed.sentences().get(0).tokens().get(0);
        assertThat(first).isEqualTo(new Token(0, 8, "Governor", "Governor", "NNP", "TITLE"));
    }

    @Test
    void findsAPersonACityAndATitle() {
        assertThat(mention("PERSON")).isEqualTo(new EntityMention("PERSON", 9, 20, "Vitaliy Kim", 0));
        assertThat(mention("CITY")).isEqualTo(new EntityMention("CITY", 93, 100, "Ochakiv", 1));
        assertThat(mention("TITLE").text()).isEqualTo("Governor");
    }

    @Test
    void reportsNamesNotPronouns() {
        assertThat(analyzed.entities()).extracting(EntityMention::text).doesNotContain("he");
    }

    @Test
    void resolvesWeekdaysAndMonthsAgainstTheArticleDate() {
        assertThat(analyzed.times()).containsExactly(
                new TimeMention(61, 69, "Saturday", LocalDate.of(2022, 11, 12), DatePrecision.DAY, 0),
                new TimeMention(101, 111, "last month", LocalDate.of(2022, 10, 1), DatePrecision.MONTH, 1));
    }

    @Test
    void parsesWhoDidWhatWhereEachMemberOfAListCounting() {
        Sentence sentence = SharedCoreNlp.analyzer()
                .analyze("Ukrainian troops liberated Arkhanhelske, Myrolyubivka and Bilyaivka near the river.", null)
                .sentences().get(0);
        DependencyGraph graph = sentence.dependencies();
        int verb = indexOf(sentence, "liberated");
        assertThat(graph.governorsOf(verb)).containsExactly(new DependencyGraph.Dependency(DependencyGraph.ROOT, verb,
                "root"));
        assertThat(graph.dependentsOf(verb)).extracting(d -> sentence.tokens().get(d.dependent()).word() + " "
                + d.relation()).contains("troops nsubj", "Arkhanhelske obj", "Myrolyubivka obj", "Bilyaivka obj",
                "river obl:near");
    }

    private static int indexOf(Sentence sentence, String word) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + tokens);
    }

    private static EntityMention mention(String type) {
        List<EntityMention> found = analyzed.entities().stream().filter(e -> e.type().equals(type)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
