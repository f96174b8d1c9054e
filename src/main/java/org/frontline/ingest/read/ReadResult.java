package org.frontline.ingest.read;

import java.nio.file.Path;

/** What reading one article gave: the article, or the reason it was refused. */
public sealed interface ReadResult permits ReadArticle, Rejection {

    Path file();

    /** @return the line a record of a JSON or JSON Lines file starts on; null for a whole file */
    Integer line();
}
