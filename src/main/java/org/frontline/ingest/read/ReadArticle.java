package org.frontline.ingest.read;

import java.nio.file.Path;
import org.frontline.ingest.RawArticle;

/** An article read from a file, ready for the pipeline. */
public record ReadArticle(Path file, Integer line, RawArticle article) implements ReadResult {
}
