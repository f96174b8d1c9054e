package org.frontline.ingest.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file an import reads, told apart by their extension. */
public enum ArticleFormat {
    /** Plain text: the whole file is one article. */
    TEXT,
    /** An HTML page: its main text is one article. */
    HTML,
    /** A JSON object (one article) or an array of objects (one article each). */
    JSON,
    /** JSON Lines: one object, one article, per line. */
    JSON_LINES;

    static final String SUPPORTED = ".txt, .html, .htm, .json or .jsonl";

    public static Optional<ArticleFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Optional.ofNullable(switch (extension) {
            case "txt" -> TEXT;
            case "html", "htm" -> HTML;
            case "json" -> JSON;
            case "jsonl" -> JSON_LINES;
            default -> null;
        });
    }
}
