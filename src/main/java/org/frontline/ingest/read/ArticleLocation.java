package org.frontline.ingest.read;

import java.nio.file.Path;

/** Where one article lies on disk: a whole file, or one JSON record inside a file. */
public sealed interface ArticleLocation {

    Path file();

    /** @return the line the article starts on, or null when it is the whole file */
    Integer line();

    /** The whole file is one article. */
    record WholeFile(Path file, ArticleFormat format) implements ArticleLocation {
        @Override
        public Integer line() {
            return null;
        }
    }

    /**
     * One JSON object inside a JSON array or a JSON Lines file, found by its bytes so that a collection of any size
     * is read one article at a time.
     */
    record JsonRecord(Path file, Integer line, long byteOffset, long byteLength) implements ArticleLocation {
    }
}
