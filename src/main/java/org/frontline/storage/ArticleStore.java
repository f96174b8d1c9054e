package org.frontline.storage;

import java.util.List;
import java.util.Optional;
import org.frontline.extraction.ArticleExtraction;
import org.frontline.ingest.RawArticle;
import org.frontline.storage.StoreOutcome.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what the pipeline understood of one article, in one transaction, merging it with what other sources
 * already said: one place or person is one record whatever the spelling, one event is one record however many
 * sources report it.
 *
 * <p>Deciding identity reads existing records before writing new ones, so two imports deciding at once could both
 * create the same person under two spellings. A transaction-scoped advisory lock serialises the store step (it
 * takes milliseconds; the language analysis before it runs in parallel), and unique keys back it up.
 */
@Service
public class ArticleStore {

    private static final long ENTITY_RESOLUTION_LOCK = 0x46524f4e544cL;

    private final JdbcClient jdbc;
    private final SourceWriter sources;
    private final EvidenceWriter evidence;
    private final PlaceWriter places;
    private final PersonWriter people;
    private final OrganizationWriter organizations;
    private final QuoteWriter quotes;
    private final EventWriter events;
    private final CopyLinker copies;
    private final OrphanRemover orphans;

    ArticleStore(JdbcClient jdbc, SourceWriter sources, EvidenceWriter evidence, PlaceWriter places,
            PersonWriter people, OrganizationWriter organizations, QuoteWriter quotes, EventWriter events,
            CopyLinker copies, OrphanRemover orphans) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.evidence = evidence;
        this.places = places;
        this.people = people;
        this.organizations = organizations;
        this.quotes = quotes;
        this.events = events;
        this.copies = copies;
        this.orphans = orphans;
    }

    /** The stored source with this content, if the same text was imported before. */
    @Transactional(readOnly = true)
    public Optional<Long> findUnchanged(String contentHash) {
        return sources.findByContentHash(contentHash);
    }

    @Transactional
    public StoreOutcome store(RawArticle article, ArticleExtraction extraction, String contentHash) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ENTITY_RESOLUTION_LOCK).query(Object.class).list();
        var unchanged = sources.findByContentHash(contentHash);
        if (unchanged.isPresent()) {
            return new StoreOutcome(Status.UNCHANGED, unchanged.get());
        }
        var earlier = sources.findEarlierVersion(article, extraction.metadata());
        long sourceId;
        if (earlier.isPresent()) {
            sourceId = earlier.get();
            sources.replace(sourceId, article, extraction, contentHash);
            events.deleteUnsupported();
        } else {
            sourceId = sources.insert(article, extraction, contentHash);
        }
        StoredKeys keys = new StoredKeys();
        EvidenceWriter.Evidence sentences = evidence.forSource(sourceId, article.text());
        places.write(sourceId, extraction.places(), keys);
        people.write(sourceId, extraction.people(), keys);
        organizations.write(sourceId, extraction.organizations(), keys);
        List<Long> quoteIds = quotes.write(sourceId, extraction.quotes(), keys, sentences);
        events.write(extraction.events(), keys, quoteIds, sentences);
        copies.link(sourceId, extraction.signature());
        if (earlier.isPresent()) {
            orphans.removeUnsupported();
            return new StoreOutcome(Status.REPLACED, sourceId);
        }
        return new StoreOutcome(Status.IMPORTED, sourceId);
    }
}
