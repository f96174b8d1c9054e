package org.frontline.ingest.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scans inputs and reads every article found, in one go: for callers that want the articles rather than a plan. */
public final class ArticleReader {

    private final ArticleScanner scanner;
    private final ArticleLoader loader;

    public ArticleReader(ReadLimits limits) {
        this.scanner = new ArticleScanner(limits);
        this.loader = new ArticleLoader(limits);
    }

    /** @return one result per article or refusal, in the scan's order */
    public List<ReadResult> read(List<Path> inputs) {
        List<ReadResult> results = new ArrayList<>();
        scanner.scan(inputs, entry -> results.add(
                entry instanceof PlannedArticle planned ? loader.load(planned) : (Rejection) entry));
        return results;
    }
}
