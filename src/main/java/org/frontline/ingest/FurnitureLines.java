package org.frontline.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises page furniture that a single line shows by itself, whatever surrounds it. */
final class FurnitureLines {

    private record Rule(Furniture kind, Pattern pattern) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Matched against the line without its decoration ("- Advertisement -", "↯↯ Read more ↯↯", "Name*"). */
    private static final List<Rule> WHOLE_LINE = List.of(
            new Rule(Furniture.ADVERTISEMENT, Pattern.compile("(?:advertisements?|advert|ads?|sponsored"
                    + "(?: content| links?| stories)?|promoted(?: content| stories)?|paid (?:content|post)|partner content"
                    + "|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
                    + "|continue reading(?: below| the main story)?|scroll to continue(?: with content)?"
                    + "|report this ad)", CI)),
            new Rule(Furniture.RELATED_LINKS, Pattern.compile("(?:related|related (?:articles?|posts?|stories|news"
                    + "|content|coverage|topics|reading|videos?|links)|more (?:stories|news|articles|on this story"
                    + "|from [\\p{L} ]{2,30})|(?:you may|you might|we think you(?:'|’| wi)ll|you(?:'|’| wi)ll)"
                    + " (?:also )?(?:like|enjoy)(?: this)?|recommended(?: for you| stories| articles| reading)?"
                    + "|(?:most|more) (?:read|popular|viewed|shared)|latest(?: news| posts| stories| articles| updates)?"
                    + "|trending(?: now| stories| news)?|top stories|editor(?:'|’)?s picks|see also|also read"
                    + "|read (?:also|next|more)|what to read next|don(?:'|’)?t miss|in case you missed it"
                    + "|popular (?:posts|stories|articles)|also on [\\p{L} ]{2,30})", CI)),
            new Rule(Furniture.COMMENT_FORM, Pattern.compile("(?:leave a (?:comment|reply)|post (?:a )?comment"
                    + "|add (?:a )?comment|comments?(?: \\(\\d+\\))?|\\d+ comments?|no comments(?: yet)?"
                    + "|be the first to comment|join the (?:conversation|discussion)"
                    + "|your email address will not be published.*|required fields are marked.*"
                    + "|name|e-?mail|website|comment|save my name,? e-?mail,? and website.*|notify me of .*"
                    + "|please enter your (?:comment|name|e-?mail).*|you have entered an incorrect e-?mail.*"
                    + "|log ?in to (?:comment|reply|leave a comment)|cancel reply|reply|show comments"
                    + "|view comments|this site uses akismet.*)", CI)),
            new Rule(Furniture.NAVIGATION, Pattern.compile("(?:skip to (?:main )?content|skip to navigation"
                    + "|jump to content|(?:main |open |close )?menu|toggle navigation|close|search(?: for)?|home"
                    + "|back to top|go to top|(?:next|previous) (?:article|post|story)|next|previous|all news"
                    + "|more news|load more|show more|sign in|log ?in|sign up|register|my account"
                    + "|print(?: this (?:article|page|story))?|listen to (?:this )?article|stay connected"
                    + "|latest posts|breaking news|live updates?|our standards\\s*:.*"
                    + "|(?:tags|topics|filed under|categories|category"
                    + "|keywords)\\s*:.*)", CI)),
            new Rule(Furniture.SHARE_PROMPT, Pattern.compile("(?:share|share this(?: article| story| post| page)?"
                    + "|share (?:on|via) .{2,40}|shares|tweet(?: this)?|pin it|e-?mail this|copy link"
                    + "|click to (?:share|print|email).*|(?:subscribe|sign up|register)(?: now| today| for free)?"
                    + "(?: to| for)? (?:to )?(?:our |the )?(?:free )?(?:daily |weekly )?(?:newsletters?|updates|channel"
                    + "|alerts|digest|briefing).*|subscribe(?: now)?|get (?:our|the) (?:newsletter|daily briefing"
                    + "|latest news).*|follow us(?: on .*)?|follow (?:our|the) (?:live coverage|live blog|updates).*"
                    + "|join (?:us|our (?:telegram|whatsapp|facebook) (?:channel|group|page)).*|like us on facebook"
                    + "|support (?:our|independent) journalism.*|donate(?: now)?|become a (?:patron|member"
                    + "|subscriber).*|enter your e-?mail(?: address)?.*|e-?mail address|by (?:subscribing|signing up).*"
                    + "|thank you for subscribing.*)", CI)),
            new Rule(Furniture.COOKIE_BANNER, Pattern.compile("(?:accept(?: all)?(?: cookies)?|reject(?: all)?"
                    + "|decline|allow(?: all)?(?: cookies)?|manage (?:cookie )?(?:settings|preferences|options|consent)"
                    + "|cookie (?:settings|policy|preferences)|we value your privacy|privacy (?:policy|settings"
                    + "|overview)|terms (?:of use|of service|and conditions)|i agree|got it|i accept"
                    + "|strictly necessary(?: cookies)?|save (?:settings|preferences)|enable all|disable all)", CI)),
            new Rule(Furniture.CREDIT, Pattern.compile("(?:photo|photos|image|images|picture|video|credit|credits"
                    + "|photograph|illustration|graphic|footage|photo credit|image credit|image source|image caption"
                    + "|caption|pictured|main image|file photo|cover photo|photo illustration)\\s*(?:by)?\\s*[:©|]\\s*.*"
                    + "|(?:image source|image caption|media caption)\\s*,.*|(?:photo|image|picture)s? by .{2,60}", CI)));

    private static final Pattern COOKIE_MENTION = Pattern.compile("\\bcookies?\\b", CI);
    private static final Pattern COOKIE_CONTEXT = Pattern.compile(
            "\\b(?:website|site|browser|consent|accept|agree|privacy|experience|we use|uses|settings|preferences"
                    + "|policy|personali[sz]e|third[- ]party)\\b", CI);
    private static final Pattern PICTURE_AGENCY = Pattern.compile("getty images|shutterstock|alamy|\\bap photo\\b"
            + "|\\bafp photo\\b|epa-efe|via reuters|\\breuters/|\\bafp/|\\bap/"
            + "|\\((?:photo|image|picture)s?\\s*(?::|by)", CI);
    private static final Pattern LINK_PREFIX = Pattern.compile("^(?:related|read also|also read|read more|see also"
            + "|more|watch|video|listen|read next|recommended|explainer|live|opinion)\\s*[:|»>›–—\\-]\\s*\\S", CI);
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:Home(?=\\p{Lu})|Home\\s*[>»/|›]|(?:\\p{L}+\\s*[»›>]\\s*){2,})");
    private static final Pattern ARROWED = Pattern.compile("^[^.!?]{1,40}[›»→←‹«]$|^[›»→←‹«][^.!?]{1,40}$");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private FurnitureLines() {
    }

    static Optional<Furniture> classify(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String core = EDGES.matcher(trimmed).replaceAll("");
        for (Rule rule : WHOLE_LINE) {
            if (rule.pattern().matcher(core).matches()) {
                return Optional.of(rule.kind());
            }
        }
        int words = trimmed.split("\\s+").length;
        if (COOKIE_MENTION.matcher(trimmed).find() && COOKIE_CONTEXT.matcher(trimmed).find() && words <= 120) {
            return Optional.of(Furniture.COOKIE_BANNER);
        }
        if (trimmed.startsWith("©") || PublisherTrailers.publisher(trimmed).isPresent()) {
            return Optional.of(Furniture.PUBLISHER_TRAILER);
        }
        if (PICTURE_AGENCY.matcher(trimmed).find() && words <= 30) {
            return Optional.of(Furniture.CREDIT);
        }
        if (LINK_PREFIX.matcher(trimmed).find() && words <= 30) {
            return Optional.of(Furniture.RELATED_LINKS);
        }
        if (BREADCRUMB.matcher(trimmed).find() || ARROWED.matcher(trimmed).matches() && words <= 5) {
            return Optional.of(Furniture.NAVIGATION);
        }
        if (DateExpressions.isTimestamp(trimmed)) {
            return Optional.of(Furniture.TIMESTAMP);
        }
        if (Bylines.introduced(trimmed).isPresent()) {
            return Optional.of(Furniture.BYLINE);
        }
        return Optional.empty();
    }
}
