package org.frontline.importing;

import java.time.Duration;
import java.util.function.Function;
import org.frontline.ingest.RawArticle;

/** Failures the tests make the {@link SourceRowImporter} throw, to see what a job does with them. */
public class ImportFaults {

    private volatile Function<RawArticle, RuntimeException> fault = article -> null;
    private volatile Duration pause = Duration.ZERO;

    /** From now on, articles for which {@code fault} gives an exception fail with it, before anything is written. */
    public void failWith(Function<RawArticle, RuntimeException> fault) {
        this.fault = fault;
    }

    /** From now on, every import waits this long between looking for its source and storing it. */
    public void pauseBeforeStoring(Duration pause) {
        this.pause = pause;
    }

    public void clear() {
        this.fault = article -> null;
        this.pause = Duration.ZERO;
    }

    void pause() {
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void check(RawArticle article) {
        RuntimeException failure = fault.apply(article);
        if (failure != null) {
            throw failure;
        }
    }
}
