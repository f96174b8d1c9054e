package org.frontline;

import org.frontline.importjob.cli.ImportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Frontline: news articles about the war in Ukraine, turned into linked events, places, people,
 * organizations, quotes and sources, served through GraphQL.
 */
@SpringBootApplication
public class FrontlineApplication {

    public static void main(String[] args) {
        if (ImportCommandLine.isImport(args)) {
            System.exit(ImportCommandLine.run(FrontlineApplication.class, args));
        }
        SpringApplication.run(FrontlineApplication.class, args);
    }
}
