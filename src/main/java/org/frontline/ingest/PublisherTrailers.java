package org.frontline.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that name the outlet an article comes from: "Read More On The Topic On Foo Media", "Read more at Foo News",
 * "This article originally appeared on Foo", "Source: Foo Agency", "© 2022 Foo Media. All rights reserved."
 */
final class PublisherTrailers {

    private static final String EDGE = "[^\\p{L}\\p{N}©]*";
    private static final List<Pattern> TRAILERS = List.of(
            Pattern.compile("^" + EDGE + "read more (?:on the topic |about (?:this|it) )?(?:on|at) (?<publisher>.+?)"
                    + EDGE + "$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^" + EDGE + "(?:this (?:article|story|post|piece|report) )?(?:was |is )?(?:originally |first )"
                    + "(?:published|appeared|posted)(?: (?:on|in|at|by))? (?<publisher>.+?)" + EDGE + "$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^" + EDGE + "(?:source|originally from)\\s*:\\s*(?<publisher>.+?)" + EDGE + "$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^" + EDGE + "(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?"
                    + "(?<publisher>[^.]+?)(?:\\.?\\s*all rights reserved)?" + EDGE + "$", Pattern.CASE_INSENSITIVE));
    private static final Pattern OUTLET = Pattern.compile(
            "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’\\-]*(?:\\s+(?:of|the|and|&|[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’\\-]*)){0,5}");

    private PublisherTrailers() {
    }

    /** The outlet a trailer line names, if the line is such a trailer. */
    static Optional<String> publisher(String line) {
        for (Pattern trailer : TRAILERS) {
            Matcher matcher = trailer.matcher(line.strip());
            if (matcher.matches()) {
                String publisher = matcher.group("publisher").strip().replaceAll("\\s+", " ");
                return OUTLET.matcher(publisher).matches() ? Optional.of(publisher) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
