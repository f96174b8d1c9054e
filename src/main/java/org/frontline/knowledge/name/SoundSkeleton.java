package org.frontline.knowledge.name;

/**
 * A coarse sound key for names garbled by machine rewording or by a round trip through another script: consonants
 * that such copies confuse share a class (l and r; k, c, g, h and kh; v, w and b; d and t; s, z and the sibilant
 * digraphs), doubled sounds count once, vowels stay (they tell Novopavlivka from Novopetrivka). "Bilotserkba" and
 * "Bila Tserkva" share a skeleton. Only meaningful among a few candidates already narrowed by context, never as an index over the
 * whole gazetteer.
 */
public final class SoundSkeleton {

    private SoundSkeleton() {
    }

    /** The skeleton of a name (folded first with {@link PlaceNameKey}). */
    public static String of(String name) {
        String key = PlaceNameKey.of(name).replace(" ", "");
        StringBuilder skeleton = new StringBuilder(key.length());
        int i = 0;
        while (i < key.length()) {
            String digraph = sibilantDigraphAt(key, i);
            char sound;
            if (digraph != null) {
                sound = 's';
                i += digraph.length();
            } else if (key.startsWith("kh", i)) {
                sound = 'k';
                i += 2;
            } else {
                sound = classOf(key.charAt(i));
                i++;
            }
            if (sound != 0 && (skeleton.length() == 0 || skeleton.charAt(skeleton.length() - 1) != sound)) {
                skeleton.append(sound);
            }
        }
        return skeleton.toString();
    }

    private static String sibilantDigraphAt(String key, int i) {
        for (String digraph : new String[] {"shch", "sch", "sh", "ch", "zh", "ts", "tz", "cz", "sz"}) {
            if (key.startsWith(digraph, i)) {
                return digraph;
            }
        }
        return null;
    }

    private static char classOf(char c) {
        return switch (c) {
            case 'k', 'c', 'q', 'g', 'h', 'x' -> 'k';
            case 'l', 'r' -> 'r';
            case 'v', 'w', 'b' -> 'b';
            case 'f', 'p' -> 'p';
            case 'd', 't' -> 't';
            case 's', 'z' -> 's';
            default -> Character.isLetterOrDigit(c) ? c : 0;
        };
    }
}
