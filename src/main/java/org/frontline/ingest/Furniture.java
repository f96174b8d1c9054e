package org.frontline.ingest;

/** Why a line is page furniture rather than article text. */
enum Furniture {
    COOKIE_BANNER,
    ADVERTISEMENT,
    RELATED_LINKS,
    COMMENT_FORM,
    NAVIGATION,
    SHARE_PROMPT,
    CREDIT,
    TIMESTAMP,
    BYLINE,
    PUBLISHER_TRAILER,
    /** A line that occurs more than once: a photo caption printed twice, a headline repeated. */
    REPEAT,
    /** A run of short unpunctuated lines: a menu, a list of sections or tags. */
    MENU,
    /** Short unpunctuated lines after the article's last sentence: author name, "All News", widgets. */
    TAIL,
    /** A long line without closing punctuation standing alone between paragraphs: a photo caption. */
    CAPTION
}
