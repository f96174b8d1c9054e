package org.frontline.importing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.frontline.support.TestDatabaseConfiguration;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service over a real PostgreSQL with the {@link SourceRowImporter} in place of the real importer, for the
 * tests of import jobs that are about the jobs, not about extraction. One shared context: tests create their own
 * files and assert on their own collections.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import({TestDatabaseConfiguration.class, SourceRowImporterConfiguration.class})
public @interface ImportJobTest {
}
