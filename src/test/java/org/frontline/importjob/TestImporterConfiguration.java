package org.frontline.importjob;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the {@link TestImporter} in front of the real importer. */
@TestConfiguration(proxyBeanMethods = false)
public class TestImporterConfiguration {

    @Bean
    SourceRowImporter sourceRowImporter(JdbcClient jdbc) {
        return new SourceRowImporter(jdbc);
    }

    @Bean
    @Primary
    TestImporter testImporter(@Qualifier("articleImporter") ArticleImporter real, SourceRowImporter sourceRows) {
        return new TestImporter(real, sourceRows);
    }
}
