package org.frontline.support;

import org.frontline.extraction.language.LanguageAnalyzer;
import org.frontline.extraction.language.SharedCoreNlp;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;

/**
 * Gives an application context's import pipeline the test JVM's one {@link SharedCoreNlp} analyzer, so that a
 * context importing through the real pipeline does not load the language models a second time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedCoreNlpConfiguration {

    @Bean
    @Lazy
    @Primary
    LanguageAnalyzer sharedLanguageAnalyzer() {
        return SharedCoreNlp.analyzer();
    }
}
