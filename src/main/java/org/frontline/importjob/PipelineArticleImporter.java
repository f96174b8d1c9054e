package org.frontline.importjob;

import java.util.function.Supplier;
import org.frontline.extraction.ArticleExtraction;
import org.frontline.extraction.pipeline.ArticlePipeline;
import org.frontline.ingest.ContentHash;
import org.frontline.ingest.RawArticle;
import org.frontline.storage.ArticleStore;
import org.frontline.storage.StoreOutcome;

/**
 * Imports an article: runs the extraction pipeline, then stores the result. The pipeline is the slow part and runs
 * before the store takes its entity-resolution lock, so parallel imports overlap in it. Content seen before is not
 * analysed again.
 *
 * @see PipelineConfiguration
 */
public class PipelineArticleImporter implements ArticleImporter {

    private final Supplier<ArticlePipeline> pipeline;
    private final ArticleStore store;

    public PipelineArticleImporter(Supplier<ArticlePipeline> pipeline, ArticleStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    @Override
    public StoreOutcome importArticle(RawArticle article) {
        if (article.text() == null || article.text().isBlank()) {
            throw new RejectedArticleException("the article has no text");
        }
        String contentHash = ContentHash.of(article.text());
        var unchanged = store.findUnchanged(contentHash);
        if (unchanged.isPresent()) {
            return new StoreOutcome(StoreOutcome.Status.UNCHANGED, unchanged.get());
        }
        ArticleExtraction extraction = pipeline.get().extract(article);
        return store.store(article, extraction, contentHash);
    }
}
