package org.frontline.importjob;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seed articles the service imports on its first start ({@code frontline.seeds.*}).
 *
 * @param importOnStart whether to import them when the record has no sources yet
 * @param path          their folder, relative to the working folder
 */
@ConfigurationProperties("frontline.seeds")
public record SeedProperties(@DefaultValue("true") boolean importOnStart, @DefaultValue("seeds") Path path) {
}
