package org.frontline.importjob;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.frontline.ingest.RawArticle;
import org.frontline.storage.StoreOutcome;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stand-in for the real importer, for the tests of import jobs that need speed: stores each article as a
 * {@code source} row, no extraction, with the identity rules of the real store (same content: unchanged; same url, or same file in the same
 * collection: replaced) enforced by the V1 schema's unique keys, so concurrent jobs cannot duplicate a source.
 */
class SourceRowImporter {

    private final JdbcClient jdbc;

    SourceRowImporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param pause how long to wait between looking for the source and storing it, to make races likely */
    @Transactional
    public StoreOutcome importArticle(RawArticle article, Duration pause) {
        String hash = contentHash(article.text());
        Optional<Long> same = jdbc.sql("select id from source where content_hash = :hash").param("hash", hash)
                .query(Long.class).optional();
        if (same.isPresent()) {
            return new StoreOutcome(StoreOutcome.Status.UNCHANGED, same.get());
        }
        // (the content may have been stored by a concurrent job since the look-up above: then it is the same)
        Optional<Map<String, Object>> edited = (article.metadata().url() != null
                ? jdbc.sql("select id, content_hash from source where url = :url")
                        .param("url", article.metadata().url())
                : jdbc.sql("select id, content_hash from source where url is null and collection = :collection "
                                + "and file_name = :file")
                        .param("collection", article.collection()).param("file", article.fileName()))
                .query().listOfRows().stream().findFirst();
        if (edited.isPresent()) {
            long id = ((Number) edited.get().get("id")).longValue();
            if (hash.equals(edited.get().get("content_hash"))) {
                return new StoreOutcome(StoreOutcome.Status.UNCHANGED, id);
            }
            jdbc.sql("update source set body = :body, content_hash = :hash, title = :title where id = :id")
                    .param("body", article.text()).param("hash", hash).param("title", article.metadata().title())
                    .param("id", id).update();
            return new StoreOutcome(StoreOutcome.Status.REPLACED, id);
        }
        pause(pause);
        Optional<Long> inserted = jdbc.sql("""
                        insert into source (file_name, collection, title, publisher, author, url, published_on,
                            language, body, content_hash)
                        values (:file, :collection, :title, :publisher, :author, :url, :published, :language, :body,
                            :hash)
                        on conflict do nothing
                        returning id""")
                .param("file", article.fileName()).param("collection", article.collection())
                .param("title", article.metadata().title()).param("publisher", article.metadata().publisher())
                .param("author", article.metadata().author()).param("url", article.metadata().url())
                .param("published", article.metadata().publishedOn()).param("language", article.metadata().language())
                .param("body", article.text()).param("hash", hash)
                .query(Long.class).optional();
        if (inserted.isPresent()) {
            return new StoreOutcome(StoreOutcome.Status.IMPORTED, inserted.get());
        }
        // another transaction stored this content (or this file) first; the importing job tries again
        throw new DataIntegrityViolationException("a concurrent import stored " + article.fileName() + " first");
    }

    private static void pause(Duration pause) {
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
