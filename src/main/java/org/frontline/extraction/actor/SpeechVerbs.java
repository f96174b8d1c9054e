package org.frontline.extraction.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.knowledge.WordList;

/** Verbs that report speech or writing ("said", "told", "wrote", "reads", "added"), in all their forms. */
public final class SpeechVerbs {

    private static final Set<String> FORMS = forms();

    private SpeechVerbs() {
    }

    public static boolean isSpeechVerb(String word) {
        return FORMS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> forms() {
        Set<String> forms = new HashSet<>();
        for (String line : WordList.words(SpeechVerbs.class, "speech-verbs.txt")) {
            List<String> words = List.of(line.split("\\s+"));
            forms.addAll(words.size() > 1 ? words : regularForms(words.get(0)));
        }
        return Set.copyOf(forms);
    }

    private static List<String> regularForms(String base) {
        boolean silentE = base.endsWith("e");
        boolean consonantY = base.endsWith("y");
        boolean doubledG = base.matches(".*[^aeiou][aeiou]g");
        String stem = base.substring(0, base.length() - 1);
        return List.of(base,
                consonantY ? stem + "ies" : base + "s",
                silentE ? base + "d" : consonantY ? stem + "ied" : doubledG ? base + "ged" : base + "ed",
                silentE ? stem + "ing" : doubledG ? base + "ging" : base + "ing");
    }
}
