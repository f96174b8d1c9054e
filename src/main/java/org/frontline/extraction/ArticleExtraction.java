package org.frontline.extraction;

import java.util.List;
import org.frontline.ingest.ArticleMetadata;

/**
 * Everything the pipeline understood of one article, as plain data. Entities carry a {@code key} that is unique
 * within this article only; the store maps keys to database records (merging with what other articles said).
 * Every span points into the article's original text ({@code RawArticle.text}).
 *
 * @param metadata  the metadata, manifest first, then what was inferred from the text
 * @param inferred  names of the metadata fields that were inferred from the text rather than given
 * @param signature the MinHash signature of the cleaned text, used to find copies of one report
 */
public record ArticleExtraction(ArticleMetadata metadata, List<String> inferred, List<ExtractedPlace> places,
        List<ExtractedPerson> people, List<ExtractedOrganization> organizations, List<ExtractedQuote> quotes,
        List<ExtractedEvent> events, int[] signature) {
}
