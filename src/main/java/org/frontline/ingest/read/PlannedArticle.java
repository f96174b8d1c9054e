package org.frontline.ingest.read;

import java.nio.file.Path;
import org.frontline.ingest.ArticleMetadata;

/**
 * An article found by a scan, to be read later (an import job reads each one in its own unit of work).
 *
 * @param collection the absolute path of the folder the file is in
 * @param fileName   the file's name; for a record of a JSON array or JSON Lines file, "name:line"
 * @param metadata   what the manifest.json of the file's folder (or a folder above) says about the file
 */
public record PlannedArticle(ArticleLocation location, String collection, String fileName, ArticleMetadata metadata)
        implements ScanEntry {

    @Override
    public Path file() {
        return location.file();
    }

    @Override
    public Integer line() {
        return location.line();
    }
}
