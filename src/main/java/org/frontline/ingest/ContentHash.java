package org.frontline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Identifies a text's content: the SHA-256 (lower-case hex) of the text after the differences that are not content
 * are taken out. Line endings become '\n', whitespace at the end of each line and of the text goes, a leading
 * byte-order mark goes, and the text is put in Unicode normal form C (a precomposed "é" and "e" + combining accent
 * are the same letter). Any other change, a single word or letter, gives another hash.
 */
public final class ContentHash {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+$", Pattern.MULTILINE);

    private ContentHash() {
    }

    public static String of(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        normalised = LINE_BREAK.matcher(normalised).replaceAll("\n");
        normalised = TRAILING_SPACE.matcher(normalised).replaceAll("");
        normalised = normalised.stripTrailing();
        return HexFormat.of().formatHex(sha256(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
