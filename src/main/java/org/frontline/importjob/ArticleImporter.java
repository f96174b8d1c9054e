package org.frontline.importjob;

import org.frontline.ingest.RawArticle;
import org.frontline.storage.StoreOutcome;

/**
 * Imports one article in one transaction: runs the extraction pipeline and stores what it found, merging it with
 * what other sources already said. Import jobs call this once per article.
 */
public interface ArticleImporter {

    /**
     * @return what happened to the article
     * @throws RejectedArticleException when the article cannot be imported (nothing was written)
     */
    StoreOutcome importArticle(RawArticle article);
}
