package org.frontline.importing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the {@link SourceRowImporter} in place of the real importer. */
@TestConfiguration(proxyBeanMethods = false)
public class SourceRowImporterConfiguration {

    @Bean
    ImportFaults importFaults() {
        return new ImportFaults();
    }

    @Bean
    @Primary
    SourceRowImporter sourceRowImporter(JdbcClient jdbc, ImportFaults faults) {
        return new SourceRowImporter(jdbc, faults);
    }
}
