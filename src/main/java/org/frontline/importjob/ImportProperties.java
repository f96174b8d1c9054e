package org.frontline.importjob;

import org.frontline.ingest.read.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How import jobs run ({@code frontline.import.*}).
 *
 * @param threads        how many articles a job imports at once (each worker uses two database connections)
 * @param maxArticleSize the largest article read: a text, HTML or JSON file, or one line of a JSON Lines file
 */
@ConfigurationProperties("frontline.import")
public record ImportProperties(@DefaultValue("1") int threads, @DefaultValue("5MB") DataSize maxArticleSize) {

    public ImportProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("frontline.import.threads must be at least 1, not " + threads);
        }
    }

    ReadLimits readLimits() {
        return new ReadLimits(maxArticleSize.toBytes());
    }
}
