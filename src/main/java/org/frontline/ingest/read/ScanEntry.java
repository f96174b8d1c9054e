package org.frontline.ingest.read;

import java.nio.file.Path;

/** What scanning the inputs of an import found: an article to read, or something refused before reading it. */
public sealed interface ScanEntry permits PlannedArticle, Rejection {

    Path file();

    /** @return the line a record of a JSON or JSON Lines file starts on; null for a whole file */
    Integer line();
}
