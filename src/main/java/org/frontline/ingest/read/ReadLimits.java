package org.frontline.ingest.read;

/**
 * How much an import reads at most. The limit applies to each article: a whole file for text, HTML and JSON files,
 * each line for JSON Lines (which is how large collections arrive).
 */
public record ReadLimits(long maxArticleBytes) {

    public static final ReadLimits DEFAULT = new ReadLimits(5L * 1024 * 1024);

    public ReadLimits {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("the article size limit must be positive, not " + maxArticleBytes);
        }
    }

    /** @return the reason an article of this size is refused, or null when it is within the limit */
    String tooLarge(long bytes) {
        if (bytes <= maxArticleBytes) {
            return null;
        }
        return "too large: " + ByteSize.format(bytes) + ", over the " + ByteSize.format(maxArticleBytes) + " limit";
    }
}
