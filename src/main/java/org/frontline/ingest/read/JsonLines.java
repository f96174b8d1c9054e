package org.frontline.ingest.read;

import java.io.IOException;
import java.io.InputStream;

/** Splits a JSON Lines stream into its non-blank lines, by byte position, without decoding them. */
final class JsonLines {

    /** Receives one non-blank line: its number (from 1) and where its bytes are, line break excluded. */
    @FunctionalInterface
    interface LineSink {
        void line(int number, long byteOffset, long byteLength);
    }

    private final byte[] head;
    private final InputStream rest;

    /** @param head the first bytes of the stream, already read; {@code rest} continues after them */
    JsonLines(byte[] head, InputStream rest) {
        this.head = head;
        this.rest = rest;
    }

    void forEach(LineSink sink) throws IOException {
        Splitter splitter = new Splitter(sink);
        splitter.accept(head, head.length);
        byte[] buffer = new byte[64 * 1024];
        for (int read = rest.read(buffer); read >= 0; read = rest.read(buffer)) {
            splitter.accept(buffer, read);
        }
        splitter.end();
    }

    private static final class Splitter {

        private final LineSink sink;
        private int number = 1;
        private long position;
        private long lineStart;
        private long contentEnd;
        private boolean blank = true;

        Splitter(LineSink sink) {
            this.sink = sink;
        }

        void accept(byte[] bytes, int length) {
            for (int i = 0; i < length; i++, position++) {
                byte b = bytes[i];
                if (b == '\n') {
                    endLine();
                    number++;
                    lineStart = position + 1;
                    contentEnd = lineStart;
                    blank = true;
                } else if (b != '\r') {
                    contentEnd = position + 1;
                    if (b != ' ' && b != '\t') {
                        blank = false;
                    }
                }
            }
        }

        void end() {
            endLine();
        }

        private void endLine() {
            if (!blank) {
                sink.line(number, lineStart, contentEnd - lineStart);
            }
        }
    }
}
