package org.frontline.storage;

import java.util.List;
import java.util.Optional;
import org.frontline.extraction.ArticleExtraction;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.RawArticle;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The source row: a new source, or an edited version replacing an earlier import of the same article (same url, or
 * same file in the same collection), in which case the earlier facts are removed first.
 */
@Component
class SourceWriter {

    private final JdbcClient jdbc;

    SourceWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> findByContentHash(String contentHash) {
        return jdbc.sql("select id from source where content_hash = ?").param(contentHash).query(Long.class)
                .optional();
    }

    /** The earlier import this article is an edited version of, if any. */
    Optional<Long> findEarlierVersion(RawArticle article, ArticleMetadata metadata) {
        if (metadata.url() != null) {
            return jdbc.sql("select id from source where url = ?").param(metadata.url()).query(Long.class).optional();
        }
        if (article.collection() == null || article.fileName() == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from source where url is null and collection = ? and file_name = ?")
                .params(article.collection(), article.fileName()).query(Long.class).optional();
    }

    long insert(RawArticle article, ArticleExtraction extraction, String contentHash) {
        return withColumns(jdbc.sql("""
                insert into source (file_name, collection, title, publisher, author, url, published_on, language,
                                    inferred_fields, body, content_hash, signature)
                values (:fileName, :collection, :title, :publisher, :author, :url, :publishedOn, :language,
                        :inferred, :body, :hash, :signature)
                returning id"""), article, extraction, contentHash)
                .query(Long.class).single();
    }

    /** Overwrites an earlier version in place, so the source keeps its id, and drops the facts drawn from it. */
    void replace(long sourceId, RawArticle article, ArticleExtraction extraction, String contentHash) {
        jdbc.sql("delete from evidence where source_id = ?").param(sourceId).update();
        jdbc.sql("delete from place_mention where source_id = ?").param(sourceId).update();
        jdbc.sql("delete from person_mention where source_id = ?").param(sourceId).update();
        jdbc.sql("delete from organization_mention where source_id = ?").param(sourceId).update();
        jdbc.sql("delete from source_copy_key where source_id = ?").param(sourceId).update();
        withColumns(jdbc.sql("""
                update source set file_name = :fileName, collection = :collection, title = :title,
                       publisher = :publisher, author = :author, url = :url, published_on = :publishedOn,
                       language = :language, inferred_fields = :inferred, body = :body, content_hash = :hash,
                       signature = :signature, copy_of_id = null, imported_at = now()
                where id = :id"""), article, extraction, contentHash)
                .param("id", sourceId).update();
    }

    /** Binds the source's columns, named alike in the insert and the update. */
    private static StatementSpec withColumns(StatementSpec statement, RawArticle article,
            ArticleExtraction extraction, String contentHash) {
        ArticleMetadata m = extraction.metadata();
        return statement.param("fileName", article.fileName()).param("collection", article.collection())
                .param("title", m.title()).param("publisher", m.publisher()).param("author", m.author())
                .param("url", m.url()).param("publishedOn", m.publishedOn()).param("language", m.language())
                .param("inferred", textArray(extraction.inferred())).param("body", article.text())
                .param("hash", contentHash).param("signature", intArray(extraction.signature()));
    }

    private static Object textArray(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static Object intArray(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
