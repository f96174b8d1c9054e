package org.frontline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontline.importjob.cli.ImportCommand;
import org.frontline.support.SharedCoreNlpConfiguration;
import org.frontline.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extraction quality gate: imports the seeds and the development set as {@code java -jar frontline.jar import}
 * does (the whole pipeline and store), each into a fresh database of its own, reads them back through the GraphQL
 * API with score.py's query, scores them with score.py's rules ({@link GoldScorer}) against the gold files in
 * ../shared/eval, and fails when a figure falls below its record in {@value QualityThresholds#RESOURCE}. Prints one
 * line of figures per set; with {@code -Dfrontline.quality.verbose=true} also score.py's whole report with its
 * per-article misses and extras. Without ../shared/eval (a clone elsewhere) it is skipped.
 */
// a busy build machine may answer the whole set's query slowly: that must not fail a gate about extraction
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontline.graphql.limits.timeout=120s")
@Import({TestDatabaseConfiguration.class, SharedCoreNlpConfiguration.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // a fresh database for each set
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractionQualityGateTest {

    /** The shared evaluation folder beside the project ({@code -Dfrontline.quality.eval} to point elsewhere). */
    static final Path EVAL = Path.of(System.getProperty("frontline.quality.eval", "../shared/eval"));
    /** Ukraine's settlement codifier, which ../shared/eval/run.sh hands the application when it is there. */
    static final Path CODIFIER = EVAL.resolve("../data/ua-settlements/kodifikator-16-05-2025.csv");
    static final boolean VERBOSE = Boolean.getBoolean("frontline.quality.verbose");

    private record Scored(Scorecard card, Duration importTime) {
    }

    private static final Map<String, Scored> SCORED = new LinkedHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    ImportCommand importCommand;

    @BeforeAll
    static void goldAtHand() {
        if (!Files.isDirectory(EVAL)) {
            System.out.println("Extraction quality gate skipped: no " + EVAL.toAbsolutePath().normalize()
                    + " with the gold files (it sits beside the project in the development setup)");
        }
        assumeTrue(Files.isDirectory(EVAL), "no " + EVAL);
    }

    @DynamicPropertySource
    static void codifier(DynamicPropertyRegistry registry) {
        if (System.getenv("FRONTLINE_GAZETTEER_CODIFIER") == null && Files.isRegularFile(CODIFIER)) {
            registry.add("frontline.gazetteer.codifier", () -> CODIFIER.toAbsolutePath().normalize().toString());
        }
    }

    @Test
    @Order(1)
    void seeds() throws Exception {
        gate("seeds", Path.of("seeds"), EVAL.resolve("seeds-gold.json"));
    }

    @Test
    @Order(2)
    void developmentSet() throws Exception {
        gate("dev", EVAL.resolve("dev/articles"), EVAL.resolve("dev/gold.json"));
    }

    private void gate(String set, Path articles, Path goldFile) throws Exception {
        assumeTrue(Files.isDirectory(articles) && Files.isRegularFile(goldFile), "no " + articles + " or " + goldFile);
        long start = System.nanoTime();
        ByteArrayOutputStream importLog = new ByteArrayOutputStream();
        int status = importCommand.run(List.of(articles.toString()),
                new PrintStream(importLog, true, StandardCharsets.UTF_8), false);
        Duration importTime = Duration.ofNanos(System.nanoTime() - start);
        assertThat(status).as("the import of %s:%n%s", articles, importLog.toString(StandardCharsets.UTF_8))
                .isEqualTo(ImportCommand.OK);

        var sources = new SourcesQuery(URI.create("http://127.0.0.1:" + port + "/graphql")).fetchAll();
        var gold = JsonMapper.builder().build().readTree(goldFile.toFile()).get("articles");
        Scorecard card = GoldScorer.score(gold, sources);
        SCORED.put(set, new Scored(card, importTime));
        if (VERBOSE) {
            System.out.println("\n=== " + set + ": score.py's report\n" + String.join("\n", card.report(true)));
        }

        QualityThresholds thresholds = QualityThresholds.load();
        List<String> gains = thresholds.gains(set, card);
        if (!gains.isEmpty()) {
            System.out.println("Extraction quality: " + set + " is above its record (raise it in "
                    + QualityThresholds.RESOURCE + "): " + String.join(", ", gains));
        }
        assertThat(thresholds.shortfalls(set, card))
                .as("%s fell below its recorded quality; score.py's report:%n%s", set,
                        String.join("\n", card.report(false)))
                .isEmpty();
    }

    @AfterAll
    static void printTable() {
        if (SCORED.isEmpty()) {
            return;
        }
        String columns = "%-6s %-9s %-16s %-16s %-16s %-16s %-16s %-9s %-9s %-7s %-7s %s%n";
        StringBuilder table = new StringBuilder("Extraction quality (score.py's figures; records in "
                + QualityThresholds.RESOURCE + ")\n");
        table.append(String.format(Locale.ROOT, columns, "set", "articles", "places P R F1", "people P R F1",
                "quotes P R F1", "+speaker P R F1", "events P R F1", "speakers", "dates", "splits", "merges",
                "import"));
        SCORED.forEach((set, scored) -> {
            Scorecard card = scored.card();
            table.append(String.format(Locale.ROOT, columns, set,
                    card.articlesScored + "/" + card.goldArticles, prf(card, "places"), prf(card, "people"),
                    prf(card, "quotes"), prf(card, "quotes+speaker"), prf(card, "events"),
                    card.speakersRight + "/" + card.speakersChecked, card.datesRight + "/" + card.datesChecked,
                    card.splits.size(), card.merges.size(), scored.importTime().toSeconds() + " s"));
        });
        System.out.print(table);
    }

    private static String prf(Scorecard card, String kind) {
        Tally tally = card.tally(kind);
        return PythonText.twoDecimals(tally.precision()) + " " + PythonText.twoDecimals(tally.recall()) + " "
                + PythonText.twoDecimals(tally.f1());
    }
}
