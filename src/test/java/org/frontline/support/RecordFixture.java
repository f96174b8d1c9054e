package org.frontline.support;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.frontline.graphql.GlobalId;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.PlaceKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes records the way the import pipeline does (plain SQL into the V1 tables), for tests of the read API. Every
 * fixture has its own {@link #tag()}, a random word that tests put into names and titles, so that tests sharing one
 * database find their own rows (filter or search by the tag) and never collide on unique names.
 */
public class RecordFixture {

    private final JdbcClient jdbc;
    private final String tag;

    public RecordFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tag = randomWord();
    }

    /** A random lower-case word, unique to this fixture, e.g. {@code qhzmwtkr}. */
    public String tag() {
        return tag;
    }

    /** The name with this fixture's tag appended, e.g. {@code "Zolotiv qhzmwtkr"}. */
    public String tagged(String name) {
        return name + " " + tag;
    }

    public static String id(String type, long id) {
        return new GlobalId(type, id).encode();
    }

    public long source(String title, String publisher, LocalDate publishedOn) {
        return source(title, publisher, publishedOn, null);
    }

    /** @param copyOfId the source this one is a copy of, or null for an independent report */
    public long source(String title, String publisher, LocalDate publishedOn, Long copyOfId) {
        return jdbc.sql("""
                        insert into source (file_name, title, publisher, author, url, published_on, language, body,
                                            content_hash, copy_of_id)
                        values (:fileName, :title, :publisher, 'A. Reporter', :url, :publishedOn, 'en', :body, :hash,
                                :copyOfId)
                        returning id""")
                .param("fileName", tag + "-" + randomWord() + ".txt")
                .param("title", title)
                .param("publisher", publisher)
                .param("url", "https://news.example/" + tag + "/" + randomWord())
                .param("publishedOn", publishedOn)
                .param("body", "The text of " + title + ".")
                .param("hash", UUID.randomUUID().toString())
                .param("copyOfId", copyOfId)
                .query(Long.class).single();
    }

    public long place(String name, PlaceKind kind, Long regionId, String... aliases) {
        long id = jdbc.sql("""
                        insert into place (name, name_key, kind, country_code, region_id, latitude, longitude)
                        values (:name, lower(:name), :kind, 'UA', :regionId, 49.5, 36.5) returning id""")
                .param("name", name).param("kind", kind.name()).param("regionId", regionId)
                .query(Long.class).single();
        for (String alias : aliases) {
            jdbc.sql("insert into place_alias (place_id, alias, alias_key) values (?, ?, lower(?))")
                    .params(id, alias, alias).update();
        }
        return id;
    }

    public long person(String name, String role, String... aliases) {
        long id = jdbc.sql("insert into person (name, name_key, role) values (?, lower(?), ?) returning id")
                .params(name, name, role).query(Long.class).single();
        for (String alias : aliases) {
            jdbc.sql("insert into person_alias (person_id, alias, alias_key) values (?, ?, lower(?))")
                    .params(id, alias, alias).update();
        }
        return id;
    }

    public long organization(String name, String... aliases) {
        long id = jdbc.sql("insert into organization (name, name_key) values (?, lower(?)) returning id")
                .params(name, name).query(Long.class).single();
        for (String alias : aliases) {
            jdbc.sql("insert into organization_alias (organization_id, alias, alias_key) values (?, ?, lower(?))")
                    .params(id, alias, alias).update();
        }
        return id;
    }

    /** A supporting sentence, placed at the given offset of the source's text. */
    public long evidence(long sourceId, String sentence, int startOffset) {
        return jdbc.sql("""
                        insert into evidence (source_id, start_offset, end_offset, sentence)
                        values (?, ?, ?, ?) returning id""")
                .params(sourceId, startOffset, startOffset + sentence.length(), sentence)
                .query(Long.class).single();
    }

    public long event(EventType type, String title, LocalDate date, DatePrecision precision) {
        return jdbc.sql("insert into event (type, title, date, date_precision) values (?, ?, ?, ?) returning id")
                .params(type.name(), title, date, precision.name()).query(Long.class).single();
    }

    public void eventPlace(long eventId, long placeId) {
        jdbc.sql("insert into event_place (event_id, place_id) values (?, ?)").params(eventId, placeId).update();
    }

    public void eventPerson(long eventId, long personId) {
        jdbc.sql("insert into event_person (event_id, person_id) values (?, ?)").params(eventId, personId).update();
    }

    public void eventActor(long eventId, long organizationId) {
        jdbc.sql("insert into event_organization (event_id, organization_id) values (?, ?)")
                .params(eventId, organizationId).update();
    }

    public void eventEvidence(long eventId, long evidenceId) {
        jdbc.sql("insert into event_evidence (event_id, evidence_id) values (?, ?)")
                .params(eventId, evidenceId).update();
    }

    /** Records that a source names a place, at an offset of its text (a source may name a place many times). */
    public void placeMention(long sourceId, long placeId, int startOffset) {
        jdbc.sql("insert into place_mention (source_id, place_id, start_offset, end_offset) values (?, ?, ?, ?)")
                .params(sourceId, placeId, startOffset, startOffset + 5).update();
    }

    public void personMention(long sourceId, long personId, int startOffset) {
        jdbc.sql("insert into person_mention (source_id, person_id, start_offset, end_offset) values (?, ?, ?, ?)")
                .params(sourceId, personId, startOffset, startOffset + 5).update();
    }

    public void organizationMention(long sourceId, long organizationId, int startOffset) {
        jdbc.sql("""
                        insert into organization_mention (source_id, organization_id, start_offset, end_offset)
                        values (?, ?, ?, ?)""")
                .params(sourceId, organizationId, startOffset, startOffset + 5).update();
    }

    /** A quote with its own supporting sentence; at most one of the speakers may be given. */
    public long quote(long sourceId, String text, Long personId, Long organizationId, Long eventId) {
        long evidenceId = evidence(sourceId, "\u201c" + text + "\u201d, they said.", 100);
        return jdbc.sql("""
                        insert into quote (source_id, text, start_offset, end_offset, speaker_person_id,
                                           speaker_organization_id, event_id, evidence_id)
                        values (?, ?, 101, ?, ?, ?, ?, ?) returning id""")
                .params(sourceId, text, 101 + text.length(), personId, organizationId, eventId, evidenceId)
                .query(Long.class).single();
    }

    private static String randomWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
