package org.frontline.graphql;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Keeps the schema and the controllers in step: Spring's schema inspection must find a data fetcher or a property
 * for every field and a use for every mapping, otherwise the application refuses to start. Boot would only log the
 * report, and a typo in a {@code @SchemaMapping} would then surface as a null in some client's response.
 */
@Component
public class SchemaMappingCheck implements GraphQlSourceBuilderCustomizer {

    private static final Log logger = LogFactory.getLog(SchemaMappingCheck.class);

    private SchemaReport report;

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(report -> {
            this.report = report;
            logger.info(report);
            if (!isClean(report)) {
                throw new IllegalStateException("The GraphQL schema and its mappings disagree: " + report);
            }
        });
    }

    /** The report of the inspection made when the schema was built. */
    public SchemaReport report() {
        return report;
    }

    static boolean isClean(SchemaReport report) {
        return report.unmappedFields().isEmpty()
                && report.unmappedRegistrations().isEmpty()
                && report.unmappedArguments().isEmpty()
                && report.fieldNullnessErrors().isEmpty()
                && report.argumentNullnessErrors().isEmpty()
                && report.skippedTypes().isEmpty();
    }
}
