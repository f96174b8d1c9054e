package org.frontline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.vocabulary.TextSpan;
import org.jsoup.parser.Parser;

/**
 * Blanks out page furniture (cookie banners, advertisements, related links, comment forms, navigation, share
 * prompts, picture credits and captions, time stamps, bylines) and finds the paragraphs that remain.
 *
 * <p>Nothing is ever deleted: furniture is overwritten with spaces and line breaks stay, so the body has the
 * original's length and every offset computed on it is an offset into the original. For the same reason an HTML
 * entity becomes its character followed by spaces ("&amp;amp;" becomes "&amp;    "), and tags left over from the
 * page become spaces.
 *
 * <p>Rules work on lines. A line can show by itself that it is furniture (see {@link FurnitureLines}); other lines
 * only in context:
 * <ul>
 *   <li>a line that occurs twice: without closing punctuation (captions, a headline printed twice) every copy goes,
 *       except a headline at the top; a full sentence keeps its first copy;</li>
 *   <li>three or more short unpunctuated lines with only blank lines or furniture between them: a menu;</li>
 *   <li>after the article's last sentence, every short unpunctuated line (an author's name, widget titles);</li>
 *   <li>(neither of the last two takes list items marked with a bullet or a number: "- Uman", "2. Fastiv");</li>
 *   <li>a name, or a name with an outlet ("Jane Doe, Reuters"), before the first sentence: a byline;</li>
 *   <li>a paragraph of ten words or more, not in title case, ending without punctuation and standing alone between
 *       paragraphs, neither first nor last, reporting nobody's words ("said", "according to"): a photo caption.</li>
 * </ul>
 */
public final class TextCleaner {

    private static final int MENU_RUN = 3;
    private static final int MENU_WORDS = 4;
    private static final int TAIL_WORDS = 6;
    private static final int PROSE_WORDS = 6;
    private static final int CAPTION_WORDS = 10;

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]{0,300})?/?>");
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern INLINE_FURNITURE = Pattern.compile(
            "[-–—]\\s*Advertisement\\s*[-–—]|\\bADVERTISEMENT\\b"
            + "|(?i:scroll to continue(?: with content)?|skip to main content"
            + "|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?)");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”«»„]");
    private static final Pattern LIST_ITEM = Pattern.compile("[-–•*▪·]\\s+\\S|\\d{1,2}[.)]\\s+\\S");
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:said|says|told|stated|reported|announced|wrote|added|according to)\\b", Pattern.CASE_INSENSITIVE);

    public CleanedText clean(String original) {
        List<TextLine> lines = TextLine.split(original);
        Furniture[] furniture = new Furniture[lines.size()];
        for (TextLine line : lines) {
            furniture[line.index()] = FurnitureLines.classify(line.text()).orElse(null);
        }
        markRepeats(lines, furniture);
        markMenus(lines, furniture);
        markHeadAndTail(lines, furniture);
        markCaptions(lines, furniture);

        char[] body = original.toCharArray();
        for (TextLine line : lines) {
            if (furniture[line.index()] != null) {
                blank(body, line.start(), line.end());
            } else {
                scrub(body, line);
            }
        }
        String cleaned = new String(body);
        List<TextSpan> spans = new ArrayList<>();
        for (List<TextLine> paragraph : paragraphs(lines, furniture)) {
            span(cleaned, paragraph).ifPresent(spans::add);
        }
        return new CleanedText(original, cleaned, spans);
    }

    private static void markRepeats(List<TextLine> lines, Furniture[] furniture) {
        Map<String, List<TextLine>> copies = new HashMap<>();
        for (TextLine line : kept(lines, furniture)) {
            copies.computeIfAbsent(key(line), key -> new ArrayList<>()).add(line);
        }
        int headline = firstKept(lines, furniture);
        for (List<TextLine> same : copies.values()) {
            if (same.size() < 2) {
                continue;
            }
            boolean sentence = same.get(0).endsSentence();
            boolean keepFirst = sentence || same.get(0).index() == headline;
            for (int i = keepFirst ? 1 : 0; i < same.size(); i++) {
                furniture[same.get(i).index()] = Furniture.REPEAT;
            }
        }
    }

    private static void markMenus(List<TextLine> lines, Furniture[] furniture) {
        List<TextLine> run = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.isBlank() || furniture[line.index()] != null) {
                continue;
            }
            if (isMenuLike(line)) {
                run.add(line);
            } else {
                closeMenuRun(run, furniture);
            }
        }
        closeMenuRun(run, furniture);
    }

    private static void closeMenuRun(List<TextLine> run, Furniture[] furniture) {
        if (run.size() >= MENU_RUN) {
            run.forEach(line -> furniture[line.index()] = Furniture.MENU);
        }
        run.clear();
    }

    private static boolean isMenuLike(TextLine line) {
        String trimmed = line.trimmed();
        return !isListItem(trimmed) && line.wordCount() <= MENU_WORDS && trimmed.length() <= 40 && !line.endsSentence()
                && !QUOTE_MARK.matcher(trimmed).find() && !trimmed.endsWith(":") && !trimmed.endsWith(",");
    }

    private static void markHeadAndTail(List<TextLine> lines, Furniture[] furniture) {
        List<TextLine> prose = kept(lines, furniture).stream().filter(TextCleaner::isProse).toList();
        if (prose.isEmpty()) {
            return;
        }
        int first = prose.get(0).index();
        int last = prose.get(prose.size() - 1).index();
        int headline = firstKept(lines, furniture);
        for (TextLine line : kept(lines, furniture)) {
            if (line.index() < first && line.index() != headline && isByline(line)) {
                furniture[line.index()] = Furniture.BYLINE;
            } else if (line.index() > last && line.wordCount() <= TAIL_WORDS && !line.endsSentence()
                    && !isListItem(line.trimmed())) {
                furniture[line.index()] = Furniture.TAIL;
            }
        }
    }

    /** "- Uman", "• 17 injured", "2. Korosten": an article's list, which menus do not mark. */
    private static boolean isListItem(String trimmed) {
        return LIST_ITEM.matcher(trimmed).lookingAt();
    }

    private static boolean isByline(TextLine line) {
        return Bylines.nameWithAffiliation(line.text()).isPresent() || Bylines.bareName(line.text()).isPresent();
    }

    static boolean isProse(TextLine line) {
        return line.wordCount() >= PROSE_WORDS && line.endsSentence();
    }

    private static void markCaptions(List<TextLine> lines, Furniture[] furniture) {
        List<List<TextLine>> paragraphs = paragraphs(lines, furniture);
        for (int i = 1; i < paragraphs.size() - 1; i++) {
            List<TextLine> paragraph = paragraphs.get(i);
            if (paragraph.size() == 1 && isCaptionLike(paragraph.get(0))) {
                furniture[paragraph.get(0).index()] = Furniture.CAPTION;
            }
        }
    }

    private static boolean isCaptionLike(TextLine line) {
        String trimmed = line.trimmed();
        char lastChar = trimmed.charAt(trimmed.length() - 1);
        return line.wordCount() >= CAPTION_WORDS && Character.isLetterOrDigit(lastChar) && !line.isTitleCase()
                && !REPORTING.matcher(trimmed).find();
    }

    /** Kept lines grouped into paragraphs: a blank line or furniture ends one; so does a line break after a sentence. */
    private static List<List<TextLine>> paragraphs(List<TextLine> lines, Furniture[] furniture) {
        List<List<TextLine>> paragraphs = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : lines) {
            boolean kept = !line.isBlank() && furniture[line.index()] == null;
            if (!kept) {
                previous = null;
                continue;
            }
            if (previous == null || !continues(previous, line)) {
                current = new ArrayList<>();
                paragraphs.add(current);
            }
            current.add(line);
            previous = line;
        }
        return paragraphs;
    }

    /** A line continues the one before when that one broke off mid-sentence (or the text is hard-wrapped). */
    private static boolean continues(TextLine previous, TextLine next) {
        String before = previous.trimmed();
        String after = next.trimmed();
        char last = before.charAt(before.length() - 1);
        if (Character.isLowerCase(after.charAt(0))) {
            return true;
        }
        if (",;–—-(".indexOf(last) >= 0) {
            return true;
        }
        return Character.isLetterOrDigit(last) && previous.wordCount() >= 8 && !previous.isTitleCase();
    }

    private static Optional<TextSpan> span(String body, List<TextLine> paragraph) {
        int start = paragraph.get(0).start();
        int end = paragraph.get(paragraph.size() - 1).end();
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new TextSpan(start, end)) : Optional.empty();
    }

    private static void scrub(char[] body, TextLine line) {
        String text = line.text();
        blankAll(body, line.start(), TAG.matcher(text));
        blankAll(body, line.start(), INLINE_FURNITURE.matcher(text));
        Matcher entity = ENTITY.matcher(text);
        while (entity.find()) {
            String decoded = Parser.unescapeEntities(entity.group(), false);
            int at = line.start() + entity.start();
            blank(body, at, line.start() + entity.end());
            if (!decoded.equals(entity.group()) && !decoded.isBlank() && decoded.length() < entity.group().length()) {
                decoded.getChars(0, decoded.length(), body, at);
            }
        }
        for (int i = line.start(); i < line.end(); i++) {
            if (Character.getType(body[i]) == Character.SPACE_SEPARATOR || body[i] == '\uFEFF' || body[i] == '\t') {
                body[i] = ' ';
            }
        }
    }

    private static void blankAll(char[] body, int offset, Matcher matcher) {
        while (matcher.find()) {
            blank(body, offset + matcher.start(), offset + matcher.end());
        }
    }

    private static void blank(char[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (body[i] != '\n' && body[i] != '\r') {
                body[i] = ' ';
            }
        }
    }

    private static List<TextLine> kept(List<TextLine> lines, Furniture[] furniture) {
        return lines.stream().filter(line -> !line.isBlank() && furniture[line.index()] == null).toList();
    }

    private static int firstKept(List<TextLine> lines, Furniture[] furniture) {
        List<TextLine> kept = kept(lines, furniture);
        return kept.isEmpty() ? -1 : kept.get(0).index();
    }

    private static String key(TextLine line) {
        return line.trimmed().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
