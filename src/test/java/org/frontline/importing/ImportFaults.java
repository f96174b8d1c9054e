package org.frontline.importing;

import java.util.function.Function;
import org.frontline.ingest.RawArticle;

/** Failures the tests make the {@link SourceRowImporter} throw, to see what a job does with them. */
public class ImportFaults {

    private volatile Function<RawArticle, RuntimeException> fault = article -> null;

    /** From now on, articles for which {@code fault} gives an exception fail with it, before anything is written. */
    public void failWith(Function<RawArticle, RuntimeException> fault) {
        this.fault = fault;
    }

    public void clear() {
        this.fault = article -> null;
    }

    void check(RawArticle article) {
        RuntimeException failure = fault.apply(article);
        if (failure != null) {
            throw failure;
        }
    }
}
