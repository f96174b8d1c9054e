package org.frontline.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** The few pieces of Python's text formatting score.py's report uses, so the gate prints the same lines. */
final class PythonText {

    /** Python's order of strings: by code point. */
    static final Comparator<String> BY_CODE_POINT = (a, b) -> {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    };

    private PythonText() {
    }

    /**
     * {@code f"{x:.2f}"}: the exact binary value rounded half to even. Java's {@code %.2f} rounds the shortest
     * decimal half up, which differs at values such as 0.125 or 0.845.
     */
    static String twoDecimals(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code s[:n]}: the first n code points. */
    static String head(String s, int n) {
        if (s == null) {
            return null;
        }
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** {@code f"{s:<n}"}. */
    static String padRight(String s, int n) {
        int count = s.codePointCount(0, s.length());
        return count >= n ? s : s + " ".repeat(n - count);
    }

    /** {@code repr(s)} of a string, or {@code None}. */
    static String repr(String s) {
        if (s == null) {
            return "None";
        }
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (printable(c)) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** {@code repr(list)} of strings. */
    static String repr(Collection<String> list) {
        return list.stream().map(PythonText::repr).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Python's {@code str.isprintable()} for one character: not a control, format, separator or unassigned one. */
    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
