package org.frontline.extraction.actor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Verbs that report speech or writing ("said", "told", "wrote", "reads", "added"), in all their forms. */
public final class SpeechVerbs {

    private static final Set<String> FORMS = forms();

    private SpeechVerbs() {
    }

    public static boolean isSpeechVerb(String word) {
        return FORMS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> forms() {
        Set<String> forms = new HashSet<>(Set.of("say", "says", "said", "saying", "tell", "tells", "told", "telling",
                "write", "writes", "wrote", "written", "writing", "read", "reads", "reading", "quote", "quoted",
                "quoting"));
        String[] regular = {"add", "state", "explain", "claim", "note", "report", "tweet", "post", "announce", "warn",
                "emphasise", "emphasize", "stress", "insist", "declare", "comment", "reply", "respond", "ask", "urge",
                "remark", "argue", "confirm", "deny", "acknowledge", "admit", "promise", "pledge", "vow", "caution",
                "describe", "recall", "conclude", "assert", "mention", "boast", "brag", "complain", "suggest",
                "predict", "accuse", "exclaim", "shout", "proclaim", "reiterate", "repeat", "assure", "inform",
                "specify", "clarify", "underline", "highlight", "observe", "threaten", "demand", "continue", "answer",
                "message", "call", "allege", "concede", "joke", "muse", "recount", "testify", "whisper", "yell"};
        for (String base : regular) {
            forms.add(base);
            forms.add(base.endsWith("y") ? base.substring(0, base.length() - 1) + "ies" : base + "s");
            forms.add(base.endsWith("e") ? base + "d"
                    : base.endsWith("y") ? base.substring(0, base.length() - 1) + "ied"
                    : base.matches(".*[^aeiou][aeiou]g") ? base + "ged" : base + "ed");
            forms.add(base.endsWith("e") ? base.substring(0, base.length() - 1) + "ing"
                    : base.matches(".*[^aeiou][aeiou]g") ? base + "ging" : base + "ing");
        }
        forms.add("replied");
        forms.add("replies");
        return Set.copyOf(forms);
    }
}
