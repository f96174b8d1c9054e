package org.frontline.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is refused with a reason a person understands, and the rest still reads. */
class ArticleRejectionTest {

    static final String REPORT = ArticleReaderTest.REPORT;

    @TempDir
    Path folder;

    final ArticleReader reader = new ArticleReader(ReadLimits.DEFAULT);

    @Test
    void anEmptyFile() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\t\n");

        assertThat(reader.read(List.of(empty, blank))).containsExactly(
                new Rejection(empty, null, "empty file"),
                new Rejection(blank, null, "empty file (only white space)"));
    }

    @Test
    void aBinaryFile() throws IOException {
        Path file = folder.resolve("scan.txt");
        Files.write(file, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2, (byte) 0xFF});
        Path jsonLines = folder.resolve("dump.jsonl");
        Files.write(jsonLines, new byte[] {'{', 0, 0, 0, '}', '\n'});

        assertThat(reader.read(List.of(file, jsonLines))).containsExactly(
                new Rejection(file, null, "binary file, not text"),
                new Rejection(jsonLines, null, "binary file, not text"));
    }

    @Test
    void textThatIsNotUtf8() throws IOException {
        Path file = folder.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 in Kherson".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(reader.read(List.of(file))).containsExactly(
                new Rejection(file, null, "not valid UTF-8 (byte 0xE9 at offset 3); save it as UTF-8"));
    }

    @Test
    void aFileOverTheSizeLimitWhichIsConfigurable() throws IOException {
        Path large = write("large.txt", REPORT.repeat(4));
        Path small = write("small.txt", REPORT);
        ArticleReader limited = new ArticleReader(new ReadLimits(1024));

        assertThat(limited.read(List.of(large, small))).containsExactly(
                new Rejection(large, null, "too large: 1.1 KB, over the 1 KB limit"),
                new ReadArticle(small, null, new org.frontline.ingest.RawArticle("small.txt", folder.toString(),
                        REPORT, org.frontline.ingest.ArticleMetadata.NONE)));
        assertThat(ReadLimits.DEFAULT.tooLarge(6L * 1024 * 1024)).isEqualTo("too large: 6 MB, over the 5 MB limit");
    }

    @Test
    void aJsonLinesRecordOverTheSizeLimit() throws IOException {
        Path file = write("reports.jsonl", "{\"text\": \"" + "x".repeat(2000) + "\"}\n{\"text\": \"Short.\"}\n");

        assertThat(new ArticleReader(new ReadLimits(1024)).read(List.of(file))).containsExactly(
                new Rejection(file, 1, "too large: 2 KB, over the 1 KB limit"),
                new ReadArticle(file, 2, new org.frontline.ingest.RawArticle("reports.jsonl:2", folder.toString(),
                        "Short.", org.frontline.ingest.ArticleMetadata.NONE)));
    }

    @Test
    void anArticleDeclaredInAnotherLanguage() throws IOException {
        write("manifest.json", """
                [{"file": "report.txt", "language": "uk"}]""");
        Path file = write("report.txt", REPORT);

        assertThat(reader.read(List.of(folder))).containsExactly(new Rejection(file, null,
                "not English: declared language \"uk\"; Frontline reads English only"));
    }

    @Test
    void anArticleWrittenInAnotherScript() throws IOException {
        Path file = write("report.txt", """
                Українські військові звільнили село Велика Олександрівка, повідомив голова районної військової \
                адміністрації. За його словами, міст через річку зруйнований.""");

        assertThat(reader.read(List.of(file))).containsExactly(new Rejection(file, null,
                "not English: written mostly in Cyrillic script; Frontline reads English only"));
    }

    @Test
    void anArticleInAnotherLanguageWrittenInLatinLetters() throws IOException {
        Path german = write("bericht.txt", """
                Die ukrainischen Streitkräfte haben am Freitag das Dorf Welyka Oleksandriwka zurückerobert, teilte \
                der Leiter der Bezirksverwaltung mit. Die Brücke über den Fluss sei von den abziehenden Truppen \
                zerstört worden, und Pioniere seien bereits bei der Arbeit.""");
        Path polish = write("raport.json", """
                {"text": "Ukraińskie siły wyparły rosyjskie wojska ze wsi Wełyka Ołeksandriwka w piątek, \
                powiedział szef rejonowej administracji wojskowej. Dodał, że most na rzece został zniszczony \
                przez wycofujące się wojska i że saperzy są już na miejscu.", "language": "en"}""");

        assertThat(reader.read(List.of(german, polish))).containsExactly(
                new Rejection(german, null, "not English: 0% of its words are common English words, English text "
                        + "has 12% or more; Frontline reads English only"),
                new Rejection(polish, null, "not English: 0% of its words are common English words, English text "
                        + "has 12% or more; Frontline reads English only"));
    }

    @Test
    void aMalformedManifestIsRefusedWithTheFilesItWasMeantToDescribe() throws IOException {
        Path manifest = write("dated/manifest.json", """
                [{"file": "a.txt", "published": "2023-06-09"},
                 {"file": "b.txt", "published": "last Friday"}]""");
        Path a = write("dated/a.txt", REPORT);
        Path inner = write("dated/sub/c.txt", REPORT);
        Path other = write("other/d.txt", REPORT);

        assertThat(reader.read(List.of(folder))).containsExactly(
                new Rejection(manifest, null, "malformed manifest.json: entry 2: \"published\" is \"last Friday\", "
                        + "not an ISO date (2022-09-10) or date-time (2022-09-10T14:30:00Z)"),
                new Rejection(a, null, "not imported: " + manifest + " is malformed"),
                new Rejection(inner, null, "not imported: " + manifest + " is malformed"),
                new ReadArticle(other, null, new org.frontline.ingest.RawArticle("d.txt",
                        folder.resolve("other").toString(), REPORT, org.frontline.ingest.ArticleMetadata.NONE)));
    }

    @Test
    void manifestsMalformedInEachWay() throws IOException {
        assertThat(manifestProblem("[{\"file\": \"a.txt\",}]")).isEqualTo("malformed manifest.json: malformed JSON "
                + "at column 19: Unexpected character ('}' (code 125)): was expecting double-quote to start "
                + "property name");
        assertThat(manifestProblem("{\"file\": \"a.txt\"}"))
                .isEqualTo("malformed manifest.json: expected a JSON array of objects, found an object");
        assertThat(manifestProblem("[\"a.txt\"]"))
                .isEqualTo("malformed manifest.json: entry 1 is a string, not an object");
        assertThat(manifestProblem("[{\"title\": \"No file\"}]"))
                .isEqualTo("malformed manifest.json: entry 1: no \"file\"");
        assertThat(manifestProblem("[{\"file\": \"../a.txt\"}]"))
                .isEqualTo("malformed manifest.json: entry 1: \"../a.txt\" is not in this folder");
        assertThat(manifestProblem("[{\"file\": \"a.txt\"}, {\"file\": \"./a.txt\"}]"))
                .isEqualTo("malformed manifest.json: entry 2: \"./a.txt\" again (entry 1 describes it already)");
        assertThat(manifestProblem("[{\"file\": \"a.txt\", \"title\": 7}]"))
                .isEqualTo("malformed manifest.json: entry 1: \"title\" must be a string, not a number");
        assertThat(manifestProblem("")).isEqualTo("malformed manifest.json: empty file");
    }

    @Test
    void aFileTheManifestListsButThatIsMissing() throws IOException {
        write("manifest.json", """
                [{"file": "gone.txt", "title": "Gone"}, {"file": "a.txt"}]""");
        Path a = write("a.txt", REPORT);

        assertThat(reader.read(List.of(folder))).containsExactly(
                new ReadArticle(a, null, new org.frontline.ingest.RawArticle("a.txt", folder.toString(), REPORT,
                        org.frontline.ingest.ArticleMetadata.NONE)),
                new Rejection(folder.resolve("gone.txt"), null, "listed in manifest.json but does not exist"));
    }

    @Test
    void malformedJsonFiles() throws IOException {
        Path truncated = write("truncated.json", """
                [
                  {"text": "First report."},
                  {"text": "Second report.\"""");
        Path scalar = write("scalar.json", "\"just a string\"");
        Path emptyArray = write("empty.json", "[ ]");
        Path noText = write("no-text.json", "{\"title\": \"Only a title\"}");
        Path wrongText = write("wrong-text.json", "{\"text\": [\"a\", \"b\"]}");

        assertThat(reader.read(List.of(truncated, scalar, emptyArray, noText, wrongText))).containsExactly(
                new ReadArticle(truncated, 2, new org.frontline.ingest.RawArticle("truncated.json:2",
                        folder.toString(), "First report.", org.frontline.ingest.ArticleMetadata.NONE)),
                new Rejection(truncated, 3, "malformed JSON at line 3, column 28: the rest of the file was not read"),
                new Rejection(scalar, null, "not a JSON object or array of objects"),
                new Rejection(emptyArray, null, "no articles: the JSON array has no objects"),
                new Rejection(noText, null, "no \"text\" field"),
                new Rejection(wrongText, null, "\"text\" must be a string, not an array"));
    }

    @Test
    void aPathThatDoesNotExist() {
        Path missing = folder.resolve("missing");

        assertThat(reader.read(List.of(missing))).containsExactly(new Rejection(missing, null, "does not exist"));
    }

    @Test
    void aPathThatCannotBeReadBecauseItsLinksGoRoundInACircle() throws IOException {
        Path loop = folder.resolve("loop.txt");
        Files.createSymbolicLink(loop, folder.resolve("back.txt"));
        Files.createSymbolicLink(folder.resolve("back.txt"), loop);
        Path broken = folder.resolve("broken.txt");
        Files.createSymbolicLink(broken, folder.resolve("nowhere.txt"));

        assertThat(reader.read(List.of(loop, broken))).containsExactly(
                new Rejection(loop, null, "cannot be read (too many levels of symbolic links or unable to access "
                        + "attributes of symbolic link)"),
                new Rejection(broken, null, "is a broken symbolic link"));
    }

    @Test
    void aPathThatCannotBeReadForLackOfPermission() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads every file whatever its permissions")
                .isNotEqualTo("root");
        Path file = write("secret.txt", REPORT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        assertThat(reader.read(List.of(file, locked))).containsExactly(
                new Rejection(file, null, "cannot be read (permission denied)"),
                new Rejection(locked, null, "cannot be read (permission denied)"));
    }

    @Test
    void aFileOfAnotherTypeNamedOnItsOwn() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.4");
        Path bare = write("README", "read me");
        Path manifest = write("manifest.json", "[]");

        assertThat(reader.read(List.of(pdf, bare, manifest))).containsExactly(
                new Rejection(pdf, null, "unsupported: a .pdf file, expected .txt, .html, .htm, .json or .jsonl"),
                new Rejection(bare, null, "unsupported: a file without an extension, expected .txt, .html, .htm, "
                        + ".json or .jsonl"),
                new Rejection(manifest, null, "manifest.json describes the files of its folder: import the folder"));
    }

    @Test
    void anHtmlPageWithoutArticleText() throws IOException {
        Path page = write("empty.html", "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>");

        assertThat(reader.read(List.of(page))).containsExactly(
                new Rejection(page, null, "no article text in the HTML page"));
    }

    private String manifestProblem(String manifest) throws IOException {
        Path dir = Files.createTempDirectory(folder, "m");
        Files.writeString(dir.resolve("manifest.json"), manifest, UTF_8);
        Files.writeString(dir.resolve("a.txt"), REPORT, UTF_8);
        return ((Rejection) reader.read(List.of(dir)).get(0)).reason();
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, UTF_8);
    }
}
