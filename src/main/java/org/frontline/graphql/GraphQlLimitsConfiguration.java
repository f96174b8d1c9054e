package org.frontline.graphql;

import org.frontline.paging.PageRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits on what one request may ask (see {@link GraphQlLimits}); Spring for GraphQL picks up the
 * instrumentations and the interceptor as beans. The cap on {@code first} lives in {@link PageRequest}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlLimitsConfiguration {

    @Bean
    OperationLimitsInstrumentation operationLimitsInstrumentation(GraphQlLimits limits) {
        return new OperationLimitsInstrumentation(limits);
    }

    @Bean
    RequestDeadlineInstrumentation requestDeadlineInstrumentation(GraphQlLimits limits) {
        return new RequestDeadlineInstrumentation(limits);
    }

    @Bean
    ParserLimitsInterceptor parserLimitsInterceptor(GraphQlLimits limits) {
        return new ParserLimitsInterceptor(limits);
    }
}
