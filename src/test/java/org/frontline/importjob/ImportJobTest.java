package org.frontline.importjob;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.frontline.support.SharedCoreNlpConfiguration;
import org.frontline.support.TestDatabaseConfiguration;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service over a real PostgreSQL, its importer behind a {@link TestImporter} that tests can make fail, or
 * switch to bare source rows when they are about the jobs rather than extraction; the real one runs on the test JVM's
 * one language analyzer ({@link SharedCoreNlpConfiguration}). One shared context: tests create
 * their own files, with content of their own, and assert on their own collections. Mutations are open to the
 * {@link #ADMIN_TOKEN}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontline.admin-token=" + ImportJobTest.ADMIN_TOKEN)
@AutoConfigureHttpGraphQlTester
@Import({TestDatabaseConfiguration.class, TestImporterConfiguration.class, SharedCoreNlpConfiguration.class})
public @interface ImportJobTest {

    /** The server's admin token, which mutations must send. */
    String ADMIN_TOKEN = "test-admin-token";
}
