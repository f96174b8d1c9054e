package org.frontline.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an import's inputs: which articles come out of which files, and what each one carries. */
class ArticleReaderTest {

    static final String REPORT = """
            Ukrainian forces pushed Russian troops out of the village of Velyka Oleksandrivka on Friday, \
            the head of the district military administration, Taras Melnyk, said. He added that the bridge \
            over the river had been destroyed by the retreating troops and that engineers were at work.""";

    static final String SECOND_REPORT = """
            Residents of Orikhiv spent another night in shelters after the town was shelled from the south, \
            the regional governor's office said on Sunday. Two people were wounded and a school was damaged, \
            according to the police, who said that the shelling went on for more than an hour.""";

    @TempDir
    Path folder;

    final ArticleReader reader = new ArticleReader(ReadLimits.DEFAULT);

    @Test
    void aTextFileIsOneArticleOfTheCollectionItsFolderIs() throws IOException {
        Path file = write("report.txt", REPORT);

        assertThat(reader.read(List.of(file))).containsExactly(new ReadArticle(file, null,
                new RawArticle("report.txt", folder.toString(), REPORT, ArticleMetadata.NONE)));
    }

    @Test
    void aFolderIsWalkedRecursivelyInNameOrderSkippingHiddenFilesAndOtherTypes() throws IOException {
        Path b = write("b.txt", SECOND_REPORT);
        Path a = write("sub/a.txt", REPORT);
        write(".hidden.txt", REPORT);
        write(".git/c.txt", REPORT);
        write("notes.md", "# notes");
        write("photo.jpg", "not really a photo");

        assertThat(reader.read(List.of(folder))).containsExactly(
                new ReadArticle(b, null, new RawArticle("b.txt", folder.toString(), SECOND_REPORT,
                        ArticleMetadata.NONE)),
                new ReadArticle(a, null, new RawArticle("a.txt", folder.resolve("sub").toString(), REPORT,
                        ArticleMetadata.NONE)));
    }

    @Test
    void aFileNamedTwiceOrInsideANamedFolderIsReadOnce() throws IOException {
        Path file = write("report.txt", REPORT);

        assertThat(reader.read(List.of(folder, file, folder))).hasSize(1);
    }

    @Test
    void theManifestGivesTheFilesItNamesTheirMetadata() throws IOException {
        write("manifest.json", """
                [
                  {"file": "a.txt", "url": "https://example.org/a", "title": "Village retaken",
                   "publisher": "Example News", "author": "Iryna Koval", "published": "2023-06-09T18:30:00+03:00",
                   "language": "en"},
                  {"file": "sub/b.txt", "published": "2023-06-11"}
                ]""");
        Path a = write("a.txt", REPORT);
        Path b = write("sub/b.txt", SECOND_REPORT);
        Path c = write("sub/c.txt", REPORT + " Later reports confirmed it.");

        assertThat(reader.read(List.of(folder))).containsExactly(
                new ReadArticle(a, null, new RawArticle("a.txt", folder.toString(), REPORT,
                        new ArticleMetadata("https://example.org/a", "Village retaken", "Example News", "Iryna Koval",
                                LocalDate.of(2023, 6, 9), "en"))),
                new ReadArticle(b, null, new RawArticle("b.txt", folder.resolve("sub").toString(), SECOND_REPORT,
                        new ArticleMetadata(null, null, null, null, LocalDate.of(2023, 6, 11), null))),
                new ReadArticle(c, null, new RawArticle("c.txt", folder.resolve("sub").toString(),
                        REPORT + " Later reports confirmed it.", ArticleMetadata.NONE)));
    }

    @Test
    void aFileNamedOnItsOwnStillGetsItsFoldersManifest() throws IOException {
        write("manifest.json", """
                [{"file": "a.txt", "title": "Village retaken"}]""");
        Path a = write("a.txt", REPORT);

        assertThat(reader.read(List.of(a))).containsExactly(new ReadArticle(a, null, new RawArticle("a.txt",
                folder.toString(), REPORT, new ArticleMetadata(null, "Village retaken", null, null, null, null))));
    }

    @Test
    void aDeeperManifestWinsOverAnOuterOneForTheSameFile() throws IOException {
        write("manifest.json", """
                [{"file": "sub/a.txt", "title": "Outer title", "publisher": "Outer News"}]""");
        write("sub/manifest.json", """
                [{"file": "a.txt", "title": "Inner title"}]""");
        Path a = write("sub/a.txt", REPORT);

        assertThat(reader.read(List.of(folder))).containsExactly(new ReadArticle(a, null, new RawArticle("a.txt",
                folder.resolve("sub").toString(), REPORT,
                new ArticleMetadata(null, "Inner title", "Outer News", null, null, null))));
    }

    @Test
    void anHtmlPageGivesItsMainTextOneParagraphPerLineAndTheMetadataItsHeadDeclares() throws IOException {
        Path page = write("page.html", """
                <!doctype html>
                <html lang="en-GB">
                <head>
                  <title>Village retaken | Example News</title>
                  <meta property="og:title" content="Village retaken">
                  <meta property="og:site_name" content="Example News">
                  <meta name="author" content="Iryna Koval">
                  <meta property="article:published_time" content="2023-06-09T18:30:00Z">
                  <link rel="canonical" href="https://example.org/village-retaken">
                  <script>var tracking = true;</script>
                </head>
                <body>
                  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                  <article>
                    <h1>Village retaken</h1>
                    <p>Ukrainian forces pushed Russian troops out of <b>Velyka Oleksandrivka</b> on Friday.</p>
                    <blockquote><p>"The bridge is gone," Taras Melnyk said.</p></blockquote>
                    <ul><li>Engineers are at work.</li></ul>
                    <aside>Related: more news</aside>
                  </article>
                  <footer>© Example News</footer>
                </body>
                </html>""");

        assertThat(reader.read(List.of(page))).containsExactly(new ReadArticle(page, null, new RawArticle(
                "page.html", folder.toString(), """
                Village retaken

                Ukrainian forces pushed Russian troops out of Velyka Oleksandrivka on Friday.

                "The bridge is gone," Taras Melnyk said.

                Engineers are at work.""",
                new ArticleMetadata("https://example.org/village-retaken", "Village retaken", "Example News",
                        "Iryna Koval", LocalDate.of(2023, 6, 9), "en-GB"))));
    }

    @Test
    void whatTheManifestSaysWinsOverWhatTheFileDeclares() throws IOException {
        write("manifest.json", """
                [{"file": "page.htm", "title": "Curated title"}]""");
        Path page = write("page.htm", """
                <html><head><title>Page title</title><meta name="author" content="Iryna Koval"></head>
                <body><main><p>Ukrainian forces pushed Russian troops out of the village.</p></main></body></html>""");

        assertThat(reader.read(List.of(page))).containsExactly(new ReadArticle(page, null, new RawArticle(
                "page.htm", folder.toString(), "Ukrainian forces pushed Russian troops out of the village.",
                new ArticleMetadata(null, "Curated title", null, "Iryna Koval", null, null))));
    }

    @Test
    void aJsonObjectIsOneArticleWithItsOwnMetadata() throws IOException {
        Path file = write("report.json", """
                {"text": "Ukrainian forces pushed Russian troops out of the village.", "url": "https://example.org/1",
                 "published": "2023-06-09", "extra": {"ignored": true}}""");

        assertThat(reader.read(List.of(file))).containsExactly(new ReadArticle(file, null, new RawArticle(
                "report.json", folder.toString(), "Ukrainian forces pushed Russian troops out of the village.",
                new ArticleMetadata("https://example.org/1", null, null, null, LocalDate.of(2023, 6, 9), null))));
    }

    @Test
    void aJsonArrayIsOneArticlePerObjectNamedByTheLineItStartsOn() throws IOException {
        Path file = write("reports.json", """
                [
                  {"text": "First report.", "title": "One"},
                  "not an article",
                  {
                    "text": "Second report.",
                    "title": "Two"
                  }
                ]""");

        assertThat(reader.read(List.of(file))).containsExactly(
                new ReadArticle(file, 2, new RawArticle("reports.json:2", folder.toString(), "First report.",
                        new ArticleMetadata(null, "One", null, null, null, null))),
                new Rejection(file, 3, "not a JSON object"),
                new ReadArticle(file, 4, new RawArticle("reports.json:4", folder.toString(), "Second report.",
                        new ArticleMetadata(null, "Two", null, null, null, null))));
    }

    @Test
    void aJsonLinesFileIsOneArticlePerLineAndABadLineSpoilsOnlyItself() throws IOException {
        Path file = write("reports.jsonl", """
                {"text": "First report.", "author": "Iryna Koval"}

                {"text": "Second report.", "title": }
                {"title": "No text here"}\r
                {"text": "Third report.", "language": "en"}
                """);

        assertThat(reader.read(List.of(file))).containsExactly(
                new ReadArticle(file, 1, new RawArticle("reports.jsonl:1", folder.toString(), "First report.",
                        new ArticleMetadata(null, null, null, "Iryna Koval", null, null))),
                new Rejection(file, 3, "malformed JSON at column 37: Unexpected character ('}' (code 125)): "
                        + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or "
                        + "'false')"),
                new Rejection(file, 4, "no \"text\" field"),
                new ReadArticle(file, 5, new RawArticle("reports.jsonl:5", folder.toString(), "Third report.",
                        new ArticleMetadata(null, null, null, null, null, "en"))));
    }

    @Test
    void seedArticlesReadAsEnglish() throws IOException {
        List<ReadResult> results = reader.read(List.of(Path.of("seeds")));

        assertThat(results).hasSize(5).allSatisfy(result -> assertThat(result).isInstanceOf(ReadArticle.class));
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, UTF_8);
    }
}
