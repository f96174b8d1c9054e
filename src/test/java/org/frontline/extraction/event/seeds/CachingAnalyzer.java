package org.frontline.extraction.event.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.extraction.language.LanguageAnalyzer;

/** The project's analyzer, with its results kept under target/ by the text's hash, for repeated measurements. */
final class CachingAnalyzer implements LanguageAnalyzer {

    private final AnalysisCache cache;

    CachingAnalyzer(Path folder) {
        this.cache = new AnalysisCache(folder, CoreNlpAnalyzer::new);
    }

    @Override
    public AnalyzedText analyze(String text, LocalDate referenceDate) {
        try {
            return cache.analyze(hash(text + "\u0000" + referenceDate), text, referenceDate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
