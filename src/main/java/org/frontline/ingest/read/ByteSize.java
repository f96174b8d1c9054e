package org.frontline.ingest.read;

import java.util.Locale;

/** Sizes as people read them: "812 bytes", "4.2 KB", "5 MB". */
final class ByteSize {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + UNITS[unit];
    }
}
