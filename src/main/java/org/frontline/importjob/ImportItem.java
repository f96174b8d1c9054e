package org.frontline.importjob;

/**
 * One article of an import job as reported: where it came from and what happened to it.
 *
 * @param path     the file's absolute path, or null for an article sent inline
 * @param line     the line a record of a JSON or JSON Lines file starts on, or null
 * @param fileName the name the article is stored under (for an inline article, the one the request gave)
 * @param reason   why it was rejected or failed, or null
 * @param sourceId the stored source, or null
 */
public record ImportItem(long jobId, int seq, String path, Integer line, String fileName, ImportItemState state,
        String reason, Long sourceId) {

    /** @return how a person finds the article: "path", "path:line", or the inline article's name */
    public String location() {
        if (path == null) {
            return fileName != null ? fileName : "inline article " + seq;
        }
        return line == null ? path : path + ":" + line;
    }

    ImportItem finished(ImportItemState state, String reason, Long sourceId) {
        return new ImportItem(jobId, seq, path, line, fileName, state, reason, sourceId);
    }
}
