package org.frontline.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontline.ingest.ArticleMetadata;
import tools.jackson.databind.JsonNode;

/**
 * A folder's {@code manifest.json}: a JSON array of objects, each naming a {@code file} (relative to the folder) and
 * giving any of {@code url}, {@code title}, {@code publisher}, {@code author}, {@code published} (ISO date or
 * date-time) and {@code language}.
 *
 * <p>A manifest with any problem is malformed as a whole: importing its files without the metadata it was meant to
 * give them would store wrong records that a corrected re-import could not tell apart (same text).
 *
 * @param metadata  by absolute file path; empty when the folder has no manifest or it is malformed
 * @param malformed why the manifest cannot be used, or null
 */
record Manifest(Path path, Map<Path, ArticleMetadata> metadata, String malformed) {

    static final String FILE_NAME = "manifest.json";

    static final Manifest NONE = new Manifest(null, Map.of(), null);

    static boolean isManifest(Path file) {
        return file.getFileName().toString().equals(FILE_NAME);
    }

    /** @return the folder's manifest, {@link #NONE} when it has none */
    static Manifest of(Path folder) {
        Path path = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(path)) {
            return NONE;
        }
        try {
            return new Manifest(path, Collections.unmodifiableMap(parse(folder, Files.readAllBytes(path))), null);
        } catch (UnreadableArticleException e) {
            return new Manifest(path, Map.of(), "malformed manifest.json: " + e.reason());
        } catch (IOException e) {
            return new Manifest(path, Map.of(), "manifest.json " + FileProblems.cannotRead(e));
        }
    }

    boolean exists() {
        return path != null;
    }

    private static Map<Path, ArticleMetadata> parse(Path folder, byte[] bytes) throws UnreadableArticleException {
        JsonNode root = ArticleJson.parse(TextBytes.decode(bytes, "file"), 1);
        if (!root.isArray()) {
            throw new UnreadableArticleException("expected a JSON array of objects, found " + ArticleJson.kind(root));
        }
        Map<Path, ArticleMetadata> metadata = new LinkedHashMap<>();
        Map<Path, Integer> entryNumbers = new LinkedHashMap<>();
        int number = 0;
        for (JsonNode entry : root) {
            number++;
            if (!entry.isObject()) {
                throw new UnreadableArticleException("entry " + number + " is " + ArticleJson.kind(entry)
                        + ", not an object");
            }
            try {
                String file = ArticleJson.string(entry, "file");
                if (file == null) {
                    throw new UnreadableArticleException("no \"file\"");
                }
                Path path = folder.resolve(file).normalize();
                if (!path.startsWith(folder) || path.equals(folder)) {
                    throw new UnreadableArticleException("\"" + file + "\" is not in this folder");
                }
                Integer earlier = entryNumbers.putIfAbsent(path, number);
                if (earlier != null) {
                    throw new UnreadableArticleException("\"" + file + "\" again (entry " + earlier
                            + " describes it already)");
                }
                metadata.put(path, ArticleJson.metadata(entry));
            } catch (UnreadableArticleException e) {
                throw new UnreadableArticleException("entry " + number + ": " + e.reason());
            }
        }
        return metadata;
    }
}
