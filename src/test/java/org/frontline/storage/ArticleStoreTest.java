package org.frontline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.frontline.extraction.ArticleExtraction;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.ContentHash;
import org.frontline.ingest.RawArticle;
import org.frontline.resolution.duplicate.ReportCopies;
import org.frontline.storage.StoreOutcome.Status;
import org.frontline.support.IntegrationTest;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.PlaceKind;
import org.frontline.vocabulary.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store merges what articles say: one record per place or person whatever the spelling, one event however
 * many sources report it, copies of one report linked, re-imports idempotent and edits replacing facts.
 */
@IntegrationTest
class ArticleStoreTest {

    private static final String TEXT = "Troops retook Oakvale on Monday. \"We are home,\" said Ivan Testenko, the mayor.";

    @Autowired
    ArticleStore store;

    @Autowired
    JdbcClient jdbc;

    /** Unique per test, so the shared database never makes tests depend on each other. */
    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void storesEveryFactWithItsEvidence() {
        StoreOutcome outcome = store(article("a.txt", TEXT), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(1)));

        assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
        long source = outcome.sourceId();
        assertThat(count("select count(*) from place_mention where source_id = ?", source)).isEqualTo(1);
        assertThat(count("select count(*) from person_mention where source_id = ?", source)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select e.sentence from quote q join evidence e on e.id = q.evidence_id where q.source_id = ?""")
                .param(source).query(String.class).single()).isEqualTo(TEXT.substring(33));
        assertThat(jdbc.sql("""
                select p.name from quote q join person p on p.id = q.speaker_person_id where q.source_id = ?""")
                .param(source).query(String.class).single()).isEqualTo("Ivan Testenko " + tag);
        assertThat(jdbc.sql("select e.title from event e join event_evidence v on v.event_id = e.id "
                + "join evidence x on x.id = v.evidence_id where x.source_id = ?").param(source)
                .query(String.class).single()).isEqualTo("Troops regain Oakvale " + tag);
    }

    @Test
    void sameContentTwiceIsUnchanged() {
        StoreOutcome first = store(article("b.txt", TEXT + tag), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(2)));
        StoreOutcome second = store(article("b.txt", TEXT + tag), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(2)));

        assertThat(second).isEqualTo(new StoreOutcome(Status.UNCHANGED, first.sourceId()));
        assertThat(count("select count(*) from source where id = ?", first.sourceId())).isEqualTo(1);
    }

    @Test
    void twoSourcesShareOnePlaceOnePersonAndOneEvent() {
        long a = store(article("c1.txt", TEXT + " one"), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(3))).sourceId();
        long b = store(article("c2.txt", TEXT + " two"), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(4))).sourceId();

        assertThat(count("select count(distinct place_id) from place_mention where source_id in (?, ?)", a, b)).isEqualTo(1);
        assertThat(count("select count(distinct person_id) from person_mention where source_id in (?, ?)", a, b)).isEqualTo(1);
        assertThat(count("""
                select count(distinct v.event_id) from event_evidence v join evidence x on x.id = v.evidence_id
                where x.source_id in (?, ?)""", a, b)).isEqualTo(1);
    }

    @Test
    void aCopyOfAReportPointsAtTheFirstSource() {
        long original = store(article("d1.txt", TEXT + " d1"), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(5))).sourceId();
        long copy = store(article("d2.txt", TEXT + " d2"), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(5))).sourceId();
        long other = store(article("d3.txt", TEXT + " d3"), extraction(TEXT, "Oakvale", "Ivan Testenko", signature(6))).sourceId();

        assertThat(jdbc.sql("select copy_of_id from source where id = ?").param(copy).query(Long.class).single())
                .isEqualTo(original);
        assertThat(jdbc.sql("select copy_of_id from source where id = ?").param(other).query(Long.class).optional())
                .isEmpty();
    }

    @Test
    void anEditedArticleReplacesItsFactsAndKeepsItsId() {
        RawArticle first = article("e.txt", TEXT + " e1");
        long id = store(first, extraction(TEXT, "Oakvale", "Ivan Testenko", signature(7))).sourceId();
        RawArticle edited = article("e.txt", TEXT + " e2");

        StoreOutcome outcome = store(edited, extraction(TEXT, "Pinegrove", "Petro Testenko", signature(8)));

        assertThat(outcome).isEqualTo(new StoreOutcome(Status.REPLACED, id));
        assertThat(jdbc.sql("""
                select p.name from place_mention m join place p on p.id = m.place_id where m.source_id = ?""")
                .param(id).query(String.class).list()).containsExactly("Pinegrove " + tag);
        assertThat(count("select count(*) from person where name = ?", "Ivan Testenko " + tag)).isZero();
        assertThat(count("select count(*) from place where name = ?", "Oakvale " + tag)).isZero();
    }

    private StoreOutcome store(RawArticle article, ArticleExtraction extraction) {
        return store.store(article, extraction, ContentHash.of(article.text()));
    }

    private RawArticle article(String file, String text) {
        return new RawArticle(file, "/collections/" + tag, text, ArticleMetadata.NONE);
    }

    private ArticleExtraction extraction(String text, String place, String person, int[] signature) {
        TextSpan placeSpan = new TextSpan(14, 21);
        TextSpan firstSentence = new TextSpan(0, 32);
        TextSpan secondSentence = new TextSpan(33, text.length());
        return new ArticleExtraction(new ArticleMetadata(null, null, null, null, LocalDate.of(2024, 5, 6), "en"),
                List.of(),
                List.of(new ExtractedPlace("place-1", null, place + " " + tag, List.of(), PlaceKind.SETTLEMENT, "UA",
                        null, null, null, List.of(placeSpan))),
                List.of(new ExtractedPerson("person-1", person + " " + tag, List.of(), "Mayor", List.of(new TextSpan(53, 66)))),
                List.<ExtractedOrganization>of(),
                List.of(new ExtractedQuote("We are home,", new TextSpan(34, 46), secondSentence, "person-1")),
                List.of(new ExtractedEvent(EventType.TERRITORY_REGAINED, "Troops regain " + place + " " + tag,
                        LocalDate.of(2024, 5, 6), DatePrecision.DAY, List.of("place-1"), List.of(), List.of(),
                        List.of(0), List.of(firstSentence))),
                signature);
    }

    /** The copy signature of a report of its own: reports with the same number are copies of each other. */
    private int[] signature(int report) {
        Random words = new Random((tag + report).hashCode());
        StringBuilder body = new StringBuilder();
        for (int sentence = 0; sentence < 5; sentence++) {
            for (int word = 0; word < 8; word++) {
                body.append(Integer.toString(100_000 + words.nextInt(800_000), 36)).append(' ');
            }
            body.append(". ");
        }
        return new ReportCopies().signature(body.toString());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
