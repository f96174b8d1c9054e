package org.frontline.knowledge.name;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folding key under which every place name is indexed, so that spellings differing only in accents, case,
 * apostrophes, hyphens and the j/y/i of transliteration meet: Yenakiieve, Yenakiyeve and Jenakijeve
 * share the key {@code ienakieve}. Spellings that differ in more than that (Vinnytsia and Vinnitsa) keep different
 * keys and meet through the gazetteer's alternate names instead.
 *
 * <p>Steps: decompose (NFKD) and drop the marks, lower-case, drop apostrophes, quotes and dots, turn any other
 * non-alphanumeric run into one space, then j and y become i and runs of i collapse (Avdiivka = Avdiyivka).
 */
public final class PlaceNameKey {

    private static final String SEPARATOR = " ";
    private static final String DROPPED = "";
    /** Per-character folding, filled on demand (benign races: the values are immutable and deterministic). */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    private PlaceNameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            String letters = folded(name.charAt(i));
            if (letters == SEPARATOR) {
                pendingSpace = key.length() > 0;
                continue;
            }
            for (int j = 0; j < letters.length(); j++) {
                char letter = letters.charAt(j);
                if (pendingSpace) {
                    key.append(' ');
                    pendingSpace = false;
                }
                if (letter == 'i' && key.length() > 0 && key.charAt(key.length() - 1) == 'i') {
                    continue;
                }
                key.append(letter);
            }
        }
        return key.toString();
    }

    private static String folded(char c) {
        String letters = FOLDED[c];
        if (letters == null) {
            letters = fold(c);
            FOLDED[c] = letters;
        }
        return letters;
    }

    private static String fold(char c) {
        if (isDropped(c)) {
            return DROPPED;
        }
        String decomposed = Character.isSurrogate(c) ? SEPARATOR
                : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) == Character.NON_SPACING_MARK || isDropped(d)) {
                continue;
            }
            String special = special(d);
            if (special != null) {
                letters.append(special);
            } else if (Character.isLetterOrDigit(d)) {
                letters.append(d);
            } else {
                return SEPARATOR;
            }
        }
        return letters.length() == 0 ? DROPPED : letters.toString().intern();
    }

    /** Apostrophes, soft-sign marks, quotes and dots vanish without leaving a space: Kup'yans'k, U.S. */
    private static boolean isDropped(char c) {
        return switch (c) {
            case '\'', '’', 'ʼ', 'ʹ', 'ʺ', '"', '”', '“', '`', '·', '‘', '.', '´' -> true;
            default -> false;
        };
    }

    /** Letters that NFKD leaves alone but that English spellings write differently, and the j/y/i fold. */
    private static String special(char c) {
        return switch (c) {
            case 'j', 'y', 'i', 'ı' -> "i";
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            default -> null;
        };
    }
}
