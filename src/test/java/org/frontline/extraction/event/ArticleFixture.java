package org.frontline.extraction.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.EntityMention;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.TimeMention;
import org.frontline.extraction.language.Token;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.PlaceKind;
import org.frontline.vocabulary.TextSpan;

/**
 * A hand-written article analysed the way the event stage expects: tokens with lemmas and Penn Treebank tags from a
 * small word table (and a few suffix rules), sentences split at full stops and line breaks, and places, people,
 * organizations, quotes and time expressions declared by the test with their surface forms.
 */
final class ArticleFixture {

    private static final Pattern TOKEN = Pattern.compile("[’']s\\b|[\\p{L}\\p{N}]+(?:[-.,][\\p{L}\\p{N}]+)*|\\S");
    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Set<String> VERB_STEMS = Set.of("liberate", "recapture", "capture", "seize", "raise",
            "announce", "evacuate", "exhume", "shell", "attack", "kill", "wound", "pledge", "report", "deny", "fail",
            "order", "urge", "ask", "destroy", "regroup", "retreat", "occupy", "torture", "detain", "deport", "injure",
            "reclaim", "regain", "continue", "force", "plan", "threaten", "bomb", "abandon", "confirm", "hoist",
            "return", "restore", "withdraw", "storm", "appear", "post", "publish", "call", "start", "enter", "march",
            "push", "pull", "claim", "help", "seek", "unearth", "bury", "decree", "sanction", "free", "expel",
            "mobilize", "mobilise", "annex", "try", "clear", "reach", "show", "repel", "sink", "record", "send",
            "deliver", "give", "provide", "supply");

    static {
        String table = """
                the the DT|a a DT|an an DT|this this DT|that that IN|these these DT|those those DT|both both DT
                its its PRP$|their their PRP$|his his PRP$|her her PRP$|our our PRP$|it it PRP|they they PRP
                he he PRP|she she PRP|we we PRP|some some DT|no no DT|all all DT|every every DT
                in in IN|on on IN|of of IN|from from IN|near near IN|at at IN|by by IN|for for IN|with with IN
                into into IN|toward toward IN|towards towards IN|after after IN|since since IN|before before IN
                across across IN|over over IN|around around IN|during during IN|without without IN|if if IN
                as as IN|because because IN|while while IN|outside outside IN|to to TO|than than IN
                was be VBD|were be VBD|is be VBZ|are be VBP|be be VB|been be VBN|being be VBG
                has have VBZ|have have VBP|had have VBD|did do VBD|do do VBP|does do VBZ
                may may MD|might might MD|could could MD|would would MD|will will MD|should should MD
                can can MD|must must MD
                not not RB|never never RB|also also RB|already already RB|reportedly reportedly RB
                briefly briefly RB|now now RB|later later RB|again again RB|still still RB|back back RP
                out out RP|down down RP|officially officially RB|allegedly allegedly RB|fully fully RB
                and and CC|or or CC|but but CC|which which WDT|who who WP|when when WRB|where where WRB
                said say VBD|says say VBZ|say say VBP|told tell VBD|left leave VBD|fled flee VBD|flee flee VB
                fleeing flee VBG|struck strike VBD|began begin VBD|retook retake VBD|retaken retake VBN
                withdrew withdraw VBD|withdrawn withdraw VBN|sank sink VBD|sunk sink VBN|took take VBD
                taken take VBN|fell fall VBD|hit hit VBD|came come VBD|saw see VBD|found find VBD|held hold VBD
                plans plan VBZ|leave leave VB|take take VB|withdraw withdraw VB|attack attack NN
                attacks attack NNS|strike strike NN|strikes strike NNS|withdrawal withdrawal NN
                retreat retreat NN|shelling shelling NN|fighting fighting NN|bombing bombing NN
                evacuation evacuation NN|referendum referendum NN|remaining remain VBG|howitzers howitzer NNS
                sanctions sanction NNS|talks talks NNS
                counteroffensive counteroffensive NN|offensive offensive NN|liberation liberation NN
                recapture recapture NN|capture capture NN|grave grave NN|graves grave NNS|burial burial NN
                mass mass JJ|aid aid NN|package package NN|flag flag NN|control control NN|fall fall NN
                bodies body NNS|body body NN|civilians civilian NNS|residents resident NNS|people people NNS
                town town NN|city city NN|village village NN|villages village NNS|towns town NNS
                cities city NNS|region region NN|military military JJ|humanitarian humanitarian JJ
                Ukrainian Ukrainian JJ|Russian Russian JJ|Belarusian Belarusian JJ|Ukrainians Ukrainians NNPS
                Russians Russians NNPS|drone drone NN|drones drone NNS|missile missile NN|missiles missile NNS
                forces force NNS|troops troops NNS|army army NN|soldiers soldier NNS|units unit NNS
                governor governor NN|mayor mayor NN|spokesman spokesman NN|ministry ministry NN
                pledged pledge VBD|pledge pledge NN|new new JJ|first first JJ|last last JJ|several several JJ
                dozens dozen NNS|more more JJR|local local JJ|regional regional JJ|rapid rapid JJ
                de-occupation de-occupation NN|mobilisation mobilisation NN|torture torture NN
                """;
        for (String entry : table.strip().split("[|\\n]")) {
            String[] parts = entry.strip().split(" ");
            WORDS.put(parts[0], parts[1] + " " + parts[2]);
        }
    }

    private final String text;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<ExtractedPlace> places = new ArrayList<>();
    private final List<ExtractedPerson> people = new ArrayList<>();
    private final List<ExtractedOrganization> organizations = new ArrayList<>();
    private final List<ExtractedQuote> quotes = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final Map<String, String[]> overrides = new HashMap<>();

    private ArticleFixture(String text) {
        this.text = text;
    }

    static ArticleFixture of(String text) {
        return new ArticleFixture(text);
    }

    /** Gives a word a lemma and tag of the test's choosing, wherever it stands. */
    ArticleFixture word(String word, String lemma, String tag) {
        overrides.put(word, new String[] {lemma, tag});
        return this;
    }

    ArticleFixture place(String key, PlaceKind kind, String countryCode, String... forms) {
        return place(key, key, kind, countryCode, null, forms);
    }

    ArticleFixture place(String key, String name, PlaceKind kind, String countryCode, String regionKey,
            String... forms) {
        List<TextSpan> spans = new ArrayList<>();
        for (String form : forms.length == 0 ? new String[] {name} : forms) {
            spans.addAll(occurrences(form));
        }
        places.add(new ExtractedPlace(key, null, name, List.of(), kind, countryCode, null, null, regionKey, spans));
        return this;
    }

    /** A place the place stage marked at its n-th occurrence only (counting from 1). */
    ArticleFixture placeMarkedOnlyAt(int occurrence, String name, PlaceKind kind, String countryCode) {
        places.add(new ExtractedPlace(name, null, name, List.of(), kind, countryCode, null, null, null,
                List.of(occurrences(name).get(occurrence - 1))));
        return this;
    }

    /** A person the recogniser saw at the n-th occurrence of a word (counting from 1), as it does with "Lyman". */
    ArticleFixture personMarkedOnlyAt(int occurrence, String key, String name) {
        people.add(new ExtractedPerson(key, name, List.of(), null, List.of(occurrences(name).get(occurrence - 1))));
        return this;
    }

    ArticleFixture person(String key, String name, String... forms) {
        List<TextSpan> spans = new ArrayList<>();
        for (String form : forms.length == 0 ? new String[] {name} : forms) {
            spans.addAll(occurrences(form));
        }
        people.add(new ExtractedPerson(key, name, List.of(), null, spans));
        return this;
    }

    ArticleFixture organization(String key, String name, String... forms) {
        List<TextSpan> spans = new ArrayList<>();
        for (String form : forms.length == 0 ? new String[] {name} : forms) {
            spans.addAll(occurrences(form));
        }
        organizations.add(new ExtractedOrganization(key, name, List.of(), spans));
        return this;
    }

    /** A quotation (the words between the marks) and its speaker; its evidence is the text from its sentence on. */
    ArticleFixture quote(String words, String speakerKey) {
        TextSpan span = occurrences(words).get(0);
        quotes.add(new ExtractedQuote(words, span, span, speakerKey));
        return this;
    }

    ArticleFixture time(String expression, LocalDate date, DatePrecision precision) {
        for (TextSpan span : occurrences(expression)) {
            times.add(new TimeMention(span.start(), span.end(), expression, date, precision, -1));
        }
        return this;
    }

    AnalyzedText analyzed() {
        tokenize();
        List<TimeMention> indexed = times.stream().map(t -> new TimeMention(t.start(), t.end(), t.text(), t.date(),
                t.precision(), sentenceOf(t.start()))).toList();
        List<EntityMention> entities = new ArrayList<>();
        for (ExtractedPlace place : places) {
            for (TextSpan span : place.mentions()) {
                entities.add(new EntityMention("LOCATION", span.start(), span.end(), span.of(text),
                        sentenceOf(span.start())));
            }
        }
        return new AnalyzedText(text, List.copyOf(sentences), entities, indexed);
    }

    List<ExtractedEvent> extract(LocalDate articleDate) {
        return new EventExtractor().extract(analyzed(), articleDate, places, people, organizations, quotes);
    }

    List<ExtractedPlace> places() {
        return places;
    }

    String text() {
        return text;
    }

    /** The span of the (first) sentence holding the words: what an event's evidence points at. */
    TextSpan sentence(String words) {
        analyzed();
        int at = text.indexOf(words);
        return sentences.stream().filter(s -> at >= s.start() && at < s.end()).findFirst()
                .map(s -> new TextSpan(s.start(), s.end()))
                .orElseThrow(() -> new IllegalArgumentException("no sentence holds " + words));
    }

    /** The text of a span of this article, for readable assertions on evidence. */
    String textOf(TextSpan span) {
        return span.of(text);
    }

    private List<TextSpan> occurrences(String form) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])")
                .matcher(text);
        while (matcher.find()) {
            spans.add(new TextSpan(matcher.start(), matcher.end()));
        }
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("not in the text: " + form);
        }
        return spans;
    }

    private int sentenceOf(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset >= sentences.get(i).start() && offset < sentences.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private void tokenize() {
        if (!sentences.isEmpty()) {
            return;
        }
        List<Token> current = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int lastEnd = 0;
        while (matcher.find()) {
            if (!current.isEmpty() && text.substring(lastEnd, matcher.start()).contains("\n")) {
                close(current);
            }
            String word = matcher.group();
            current.add(token(matcher.start(), matcher.end(), word, List.copyOf(current)));
            lastEnd = matcher.end();
            if (word.equals(".") || word.equals("!") || word.equals("?")) {
                close(current);
            }
        }
        if (!current.isEmpty()) {
            close(current);
        }
    }

    private void close(List<Token> tokens) {
        int index = sentences.size();
        sentences.add(new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                List.copyOf(tokens)));
        tokens.clear();
    }

    private Token token(int start, int end, String word, List<Token> before) {
        String[] annotation = annotate(word, before);
        return new Token(start, end, word, annotation[0], annotation[1], "O");
    }

    private String[] annotate(String word, List<Token> before) {
        Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean sentenceStart = before.isEmpty();
        if (overrides.containsKey(word)) {
            return overrides.get(word);
        }
        if (word.equals("'s") || word.equals("’s")) {
            return new String[] {"'s", "POS"};
        }
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            String tag = switch (word) {
                case "“", "\"" -> "``";
                case "”" -> "''";
                case "—", "–", ";" -> ":";
                default -> word;
            };
            return new String[] {word, tag};
        }
        if (Character.isDigit(word.charAt(0))) {
            return new String[] {word, "CD"};
        }
        if (afterAuxiliary(before) && (VERB_STEMS.contains(word) || WORDS.containsKey(word)
                && WORDS.get(word).endsWith(" NN"))) {
            return new String[] {WORDS.containsKey(word) ? WORDS.get(word).split(" ")[0] : word, "VB"};
        }
        String known = WORDS.get(word);
        if (known == null && (sentenceStart || previous != null && previous.word().equals("“"))) {
            known = WORDS.get(word.toLowerCase(Locale.ROOT));
        }
        if (known != null) {
            return known.split(" ");
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0)) && !sentenceStart) {
            return new String[] {word, "NNP"};
        }
        String verb = verbStem(lower);
        if (verb != null && lower.endsWith("ed")) {
            boolean afterModifier = previous != null && previous.partOfSpeech().matches("VB.*|DT|RB|JJ|PRP\\$")
                    && !previous.partOfSpeech().equals("VBD");
            boolean afterAuxiliary = previous != null && "be have".contains(previous.lemma())
                    && previous.partOfSpeech().startsWith("VB");
            boolean participle = afterModifier || afterAuxiliary;
            return new String[] {verb, participle ? "VBN" : "VBD"};
        }
        if (verb != null && lower.endsWith("ing")) {
            return new String[] {verb, "VBG"};
        }
        if (verb != null && lower.endsWith("s") && previous != null && previous.partOfSpeech().startsWith("NN")) {
            return new String[] {verb, "VBZ"};
        }
        if (VERB_STEMS.contains(lower)) {
            return new String[] {lower, previous != null && previous.partOfSpeech().equals("TO") ? "VB" : "VBP"};
        }
        if (lower.endsWith("ies")) {
            return new String[] {lower.substring(0, lower.length() - 3) + "y", "NNS"};
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
            return new String[] {lower.substring(0, lower.length() - 1), "NNS"};
        }
        return new String[] {lower, "NN"};
    }

    /** "may attack", "did not capture", "to evacuate": a bare verb follows a modal, "do" or "to". */
    private static boolean afterAuxiliary(List<Token> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Token token = before.get(i);
            String tag = token.partOfSpeech();
            if (tag.equals("MD") || tag.equals("TO") || token.lemma().equals("do")) {
                return true;
            }
            if (!tag.equals("RB")) {
                return false;
            }
        }
        return false;
    }

    private static String verbStem(String lower) {
        for (String suffix : List.of("ed", "d", "ing", "s")) {
            if (lower.endsWith(suffix)) {
                String stem = lower.substring(0, lower.length() - suffix.length());
                for (String candidate : List.of(stem, stem + "e", stem.endsWith("i") ? stem.substring(0,
                        stem.length() - 1) + "y" : stem, stem.length() > 2 && stem.charAt(stem.length() - 1)
                        == stem.charAt(stem.length() - 2) ? stem.substring(0, stem.length() - 1) : stem)) {
                    if (VERB_STEMS.contains(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }
}
