package org.frontline.importjob;

import org.frontline.ingest.RawArticle;
import org.frontline.ingest.read.ArticleLoader;
import org.frontline.ingest.read.PlannedArticle;
import org.frontline.ingest.read.ReadArticle;
import org.frontline.ingest.read.ReadResult;
import org.frontline.ingest.read.Rejection;

/**
 * An item still to import: a planned article read from disk when its turn comes, or an article sent inline.
 *
 * @param planned where the article is on disk, or null for an inline article
 * @param inline  the article sent inline, or null
 */
record PendingItem(ImportItem item, PlannedArticle planned, RawArticle inline) {

    /** @return the article, or why it cannot be imported */
    ReadResult read(ArticleLoader loader) {
        if (planned != null) {
            return loader.load(planned);
        }
        String refusal = loader.refusal(inline);
        return refusal == null ? new ReadArticle(null, null, inline) : new Rejection(null, null, refusal);
    }
}
