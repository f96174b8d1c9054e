package org.frontline.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a file's bytes into text, refusing what is not UTF-8 text: nothing at all, binary data, other encodings. */
final class TextBytes {

    /** Enough to tell a binary file from text, as git and grep do. */
    private static final int SNIFF_LENGTH = 8000;

    private TextBytes() {
    }

    /**
     * @param what how the reason names the bytes: "file", "line"
     * @return the text, without a leading byte order mark
     */
    static String decode(byte[] bytes, String what) throws UnreadableArticleException {
        if (bytes.length == 0) {
            throw new UnreadableArticleException("empty " + what);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableArticleException("binary " + what + ", not text");
        }
        String text = decodeUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableArticleException("empty " + what + " (only white space)");
        }
        return text;
    }

    static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_LENGTH);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > length;
    }

    private static String decodeUtf8(byte[] bytes) throws UnreadableArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int position = in.position();
            throw new UnreadableArticleException(String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X at offset %,d); save it as UTF-8", bytes[position] & 0xFF, position));
        }
        return out.flip().toString();
    }
}
