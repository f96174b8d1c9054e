package org.frontline.importjob;

import java.time.Duration;
import java.util.function.Function;
import org.frontline.ingest.RawArticle;
import org.frontline.storage.StoreOutcome;

/**
 * The importer the tests of import jobs run: the real one (extraction pipeline and store) unless a test asks for the
 * {@link SourceRowImporter}, which is fast and can be slowed down; and in both cases failures a test asks for, to see
 * what a job does with them. Tests that change it {@link #reset()} it afterwards.
 */
public class TestImporter implements ArticleImporter {

    private final ArticleImporter real;
    private final SourceRowImporter sourceRows;
    private volatile Function<RawArticle, RuntimeException> fault;
    private volatile boolean storeSourceRows;
    private volatile Duration pause;

    TestImporter(ArticleImporter real, SourceRowImporter sourceRows) {
        this.real = real;
        this.sourceRows = sourceRows;
        reset();
    }

    /** From now on, articles for which {@code fault} gives an exception fail with it, before anything is written. */
    public void failWith(Function<RawArticle, RuntimeException> fault) {
        this.fault = fault;
    }

    public void stopFailing() {
        this.fault = article -> null;
    }

    /** From now on, articles are stored as bare source rows, without extraction: fast. */
    public void storeSourceRowsOnly() {
        this.storeSourceRows = true;
    }

    /** From now on, storing a source row waits this long between looking for the source and storing it. */
    public void pauseBeforeStoringSourceRows(Duration pause) {
        this.pause = pause;
    }

    public void reset() {
        stopFailing();
        this.storeSourceRows = false;
        this.pause = Duration.ZERO;
    }

    @Override
    public StoreOutcome importArticle(RawArticle article) {
        RuntimeException failure = fault.apply(article);
        if (failure != null) {
            throw failure;
        }
        return storeSourceRows ? sourceRows.importArticle(article, pause) : real.importArticle(article);
    }
}
