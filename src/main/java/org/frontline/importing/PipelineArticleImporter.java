package org.frontline.importing;

import java.util.function.Supplier;
import org.frontline.extraction.ArticleExtraction;
import org.frontline.extraction.ArticlePipeline;
import org.frontline.ingest.ContentHash;
import org.frontline.ingest.RawArticle;
import org.frontline.storage.ArticleStore;

/**
 * Imports an article by running the extraction pipeline outside any transaction (it is the slow part, and
 * parallel imports overlap in it), then storing the result in one transaction. Content seen before is not
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
    public ImportOutcome importArticle(RawArticle article) {
        if (article.text() == null || article.text().isBlank()) {
            throw new RejectedArticleException("the article has no text");
        }
        String contentHash = ContentHash.of(article.text());
        var unchanged = store.findUnchanged(contentHash);
        if (unchanged.isPresent()) {
            return new ImportOutcome(ImportOutcome.Status.UNCHANGED, unchanged.get());
        }
        ArticleExtraction extraction = pipeline.get().extract(article);
        return store.store(article, extraction, contentHash);
    }
}
