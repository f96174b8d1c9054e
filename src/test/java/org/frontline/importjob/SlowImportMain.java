package org.frontline.importjob;

import java.time.Duration;
import java.util.List;
import org.frontline.FrontlineApplication;
import org.frontline.importjob.cli.ImportCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import command in a JVM of its own, against a given database, each article slowed down, so that a test can
 * kill it ({@code kill -9}) in the middle of a job.
 *
 * <p>Arguments: the JDBC URL, the folder to import, the pause per article in milliseconds.
 */
public final class SlowImportMain {

    private SlowImportMain() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FrontlineApplication.class,
                TestImporterConfiguration.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + args[0], "spring.datasource.username=postgres",
                        "logging.level.root=WARN")
                .run();
        TestImporter importer = context.getBean(TestImporter.class);
        importer.storeSourceRowsOnly();
        importer.pauseBeforeStoringSourceRows(Duration.ofMillis(Long.parseLong(args[2])));
        int status = context.getBean(ImportCommand.class).run(List.of(args[1]), System.out, false);
        context.close();
        System.exit(status);
    }
}
