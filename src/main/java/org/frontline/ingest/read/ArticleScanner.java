package org.frontline.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.frontline.ingest.ArticleMetadata;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the articles in an import's inputs: files, and folders walked recursively in name order (hidden entries and
 * files of other types skipped), with the metadata of each folder's {@code manifest.json}, and the records of JSON
 * arrays and JSON Lines files. It reads no article text: only what it takes to know where each article is, so that
 * a collection of any size is planned quickly and then read one article at a time.
 */
public final class ArticleScanner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReadLimits limits;

    public ArticleScanner(ReadLimits limits) {
        this.limits = limits;
    }

    public List<ScanEntry> scan(List<Path> inputs) {
        List<ScanEntry> entries = new ArrayList<>();
        scan(inputs, entries::add);
        return entries;
    }

    /** @param sink receives the entries in a stable order: inputs as given, each folder's entries by name */
    public void scan(List<Path> inputs, Consumer<ScanEntry> sink) {
        Scan scan = new Scan(sink);
        for (Path input : inputs) {
            scan.input(input.toAbsolutePath().normalize());
        }
    }

    /** The state of one scan: what was already visited and which manifests were already reported. */
    private final class Scan {

        private final Consumer<ScanEntry> sink;
        private final Set<Path> visited = new HashSet<>();
        private final Set<Path> reportedManifests = new HashSet<>();
        private final Map<Path, Manifest> manifests = new HashMap<>();

        Scan(Consumer<ScanEntry> sink) {
            this.sink = sink;
        }

        void input(Path path) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                reject(path, FileProblems.DOES_NOT_EXIST);
            } else if (!Files.exists(path)) {
                reject(path, brokenLink(path));
            } else if (Files.isDirectory(path)) {
                folder(path, List.of());
            } else if (Files.isRegularFile(path)) {
                file(path, List.of(manifest(path.getParent())), true);
            } else {
                reject(path, "is neither a file nor a folder");
            }
        }

        private void folder(Path folder, List<Manifest> outer) {
            if (!Files.isReadable(folder)) {
                reject(folder, "cannot be read (permission denied)");
                return;
            }
            List<Path> children;
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                children = new ArrayList<>();
                stream.forEach(children::add);
            } catch (IOException e) {
                reject(folder, FileProblems.cannotRead(e));
                return;
            }
            children.sort(Comparator.comparing(child -> child.getFileName().toString()));
            Manifest manifest = manifest(folder);
            if (manifest.malformed() != null) {
                reportMalformed(manifest);
            }
            List<Manifest> chain = new ArrayList<>(outer);
            chain.add(manifest);
            for (Path child : children) {
                if (child.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(child)) {
                    folder(child, chain);
                } else if (!Manifest.isManifest(child) && ArticleFormat.of(child).isPresent()) {
                    file(child, chain, false);
                }
            }
            for (Path listed : manifest.metadata().keySet()) {
                if (!visited.contains(listed)) {
                    unread(listed);
                }
            }
        }

        private void unread(Path listed) {
            if (!Files.exists(listed)) {
                reject(listed, "listed in manifest.json but " + FileProblems.DOES_NOT_EXIST);
            } else if (Files.isRegularFile(listed) && ArticleFormat.of(listed).isEmpty()) {
                reject(listed, "listed in manifest.json but " + unsupported(listed));
            }
        }

        private void file(Path file, List<Manifest> manifests, boolean named) {
            if (Manifest.isManifest(file)) {
                reject(file, "manifest.json describes the files of its folder: import the folder");
                return;
            }
            if (ArticleFormat.of(file).isEmpty()) {
                reject(file, unsupported(file));
                return;
            }
            if (!visited.add(file)) {
                return;
            }
            Manifest malformed = manifests.stream().filter(manifest -> manifest.malformed() != null).findFirst()
                    .orElse(null);
            if (malformed != null) {
                reportMalformed(malformed);
                reject(file, "not imported: " + malformed.path() + " is malformed");
                return;
            }
            if (!Files.isReadable(file)) {
                reject(file, "cannot be read (permission denied)");
                return;
            }
            ArticleMetadata metadata = ArticleMetadata.NONE;
            for (Manifest manifest : manifests) {
                // the deepest manifest describing the file wins
                metadata = manifest.metadata().getOrDefault(file, ArticleMetadata.NONE).orElse(metadata);
            }
            String collection = file.getParent().toString();
            String name = file.getFileName().toString();
            ArticleFormat format = ArticleFormat.of(file).orElseThrow();
            switch (format) {
                case TEXT, HTML -> plan(new ArticleLocation.WholeFile(file, format), collection, name, metadata);
                case JSON -> jsonFile(file, collection, name, metadata);
                case JSON_LINES -> jsonLines(file, collection, name, metadata);
            }
        }

        private void jsonFile(Path file, String collection, String name, ArticleMetadata metadata) {
            byte[] bytes;
            try {
                String tooLarge = limits.tooLarge(Files.size(file));
                if (tooLarge != null) {
                    reject(file, tooLarge);
                    return;
                }
                bytes = Files.readAllBytes(file);
                TextBytes.decode(bytes, "file");
            } catch (IOException e) {
                reject(file, FileProblems.cannotRead(e));
                return;
            } catch (UnreadableArticleException e) {
                reject(file, e.reason());
                return;
            }
            try (JsonParser parser = JSON.createParser(bytes)) {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_OBJECT) {
                    plan(new ArticleLocation.WholeFile(file, ArticleFormat.JSON), collection, name, metadata);
                } else if (first == JsonToken.START_ARRAY) {
                    jsonArray(parser, file, collection, name, metadata);
                } else {
                    reject(file, "not a JSON object or array of objects");
                }
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation();
                sink.accept(new Rejection(file, at == null ? null : at.getLineNr(), "malformed JSON at line "
                        + (at == null ? "?" : at.getLineNr() + ", column " + at.getColumnNr())
                        + ": the rest of the file was not read"));
            }
        }

        private void jsonArray(JsonParser parser, Path file, String collection, String name,
                ArticleMetadata metadata) {
            int records = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new IllegalStateException("a JSON parser ends an unclosed array with an error");
                }
                TokenStreamLocation start = parser.currentTokenLocation();
                int line = start.getLineNr();
                parser.skipChildren();
                if (token == JsonToken.START_OBJECT) {
                    long end = parser.currentLocation().getByteOffset();
                    records++;
                    plan(new ArticleLocation.JsonRecord(file, line, start.getByteOffset(),
                            end - start.getByteOffset()), collection, name + ":" + line, metadata);
                } else {
                    sink.accept(new Rejection(file, line, "not a JSON object"));
                }
            }
            if (parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                sink.accept(new Rejection(file, at.getLineNr(), "malformed JSON at line " + at.getLineNr()
                        + ", column " + at.getColumnNr() + ": more after the end of the array"));
            } else if (records == 0) {
                reject(file, "no articles: the JSON array has no objects");
            }
        }

        private void jsonLines(Path file, String collection, String name, ArticleMetadata metadata) {
            List<PlannedArticle> records = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(8000);
                if (TextBytes.looksBinary(head)) {
                    reject(file, "binary file, not text");
                    return;
                }
                new JsonLines(head, in).forEach((line, offset, length) ->
                        records.add(new PlannedArticle(new ArticleLocation.JsonRecord(file, line, offset, length),
                                collection, name + ":" + line, metadata)));
            } catch (IOException e) {
                reject(file, FileProblems.cannotRead(e));
                return;
            }
            if (records.isEmpty()) {
                reject(file, "empty file");
            } else {
                records.forEach(sink);
            }
        }

        private Manifest manifest(Path folder) {
            return manifests.computeIfAbsent(folder, Manifest::of);
        }

        private void reportMalformed(Manifest manifest) {
            if (reportedManifests.add(manifest.path())) {
                reject(manifest.path(), manifest.malformed());
            }
        }

        private void plan(ArticleLocation location, String collection, String name, ArticleMetadata metadata) {
            sink.accept(new PlannedArticle(location, collection, name, metadata));
        }

        private void reject(Path path, String reason) {
            sink.accept(new Rejection(path, null, reason));
        }
    }

    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return FileProblems.DOES_NOT_EXIST;
        } catch (IOException e) {
            String problem = FileProblems.cannotRead(e);
            return problem.equals(FileProblems.DOES_NOT_EXIST) ? "is a broken symbolic link" : problem;
        }
    }

    private static String unsupported(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String type = dot <= 0 ? "a file without an extension" : "a " + name.substring(dot) + " file";
        return "unsupported: " + type + ", expected " + ArticleFormat.SUPPORTED;
    }
}
