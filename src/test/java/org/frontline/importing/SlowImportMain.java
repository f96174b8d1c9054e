package org.frontline.importing;

import java.time.Duration;
import java.util.List;
import org.frontline.FrontlineApplication;
import org.frontline.importing.cli.ImportCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The import command in a JVM of its own, against a given database, each article slowed down, so that a test can
 * kill it ({@code kill -9}) in the middle of a job.
 *
 * <p>Arguments: the JDBC URL, the folder to import, the pause per article in milliseconds.
 */
public final class SlowImportMain {

    private SlowImportMain() {
    }

    /**
     * The test's database. (Setting {@code spring.datasource.url} does not switch the embedded database off today:
     * {@code EmbeddedDatabaseAutoConfiguration}'s {@code @ConditionalOnProperty(havingValue = "")} matches any value
     * but "false". Connection details of our own do.) Not a {@code @Configuration}, which the tests' component scan
     * would pick up: a source of this application only.
     */
    static class TheTestsDatabase {

        static final String URL = "frontline.test.jdbc-url";

        @Bean
        JdbcConnectionDetails testsDatabase(Environment environment) {
            String url = environment.getRequiredProperty(URL);
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return "postgres";
                }

                @Override
                public String getPassword() {
                    return "";
                }

                @Override
                public String getJdbcUrl() {
                    return url;
                }
            };
        }
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FrontlineApplication.class,
                TestImporterConfiguration.class, TheTestsDatabase.class)
                .web(WebApplicationType.NONE)
                .properties(TheTestsDatabase.URL + "=" + args[0], "logging.level.root=WARN",
                        "frontline.seeds.import-on-start=false")
                .run();
        TestImporter importer = context.getBean(TestImporter.class);
        importer.storeSourceRowsOnly();
        importer.pauseBeforeStoringSourceRows(Duration.ofMillis(Long.parseLong(args[2])));
        int status = context.getBean(ImportCommand.class).run(List.of(args[1]), System.out, false);
        context.close();
        System.exit(status);
    }
}
