package org.frontline.extraction;

import java.util.List;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.vocabulary.TextSpan;

/**
 * Everything the pipeline understood of one article, as plain data. Entities carry a {@code key} that is unique
 * within this article only; the store maps keys to database records (merging with what other articles said).
 *
 * @param text      the article's original text; every span points into it
 * @param metadata  the metadata, manifest first, then what was inferred from the text
 * @param inferred  names of the metadata fields that were inferred from the text rather than given
 * @param sentences the sentences of the article's body (page furniture excluded)
 * @param signature the MinHash signature of the cleaned text, used to find copies of one report
 */
public record ArticleExtraction(String text, ArticleMetadata metadata, List<String> inferred, List<TextSpan> sentences,
        List<ExtractedPlace> places, List<ExtractedPerson> people, List<ExtractedOrganization> organizations,
        List<ExtractedQuote> quotes, List<ExtractedEvent> events, int[] signature) {
}
