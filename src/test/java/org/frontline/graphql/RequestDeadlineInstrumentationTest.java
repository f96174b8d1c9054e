package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestDeadlineInstrumentationTest {

    private final AtomicInteger fetches = new AtomicInteger();

    @Test
    void nothingMoreIsFetchedOnceTheDeadlineHasPassed() {
        GraphQL graphQl = graphQl(Duration.ofMillis(100), Duration.ofMillis(150));

        ExecutionResult result = graphQl.execute("{ a: slow b: slow c: slow d: slow }");

        // the first fetch starts within the deadline unless the machine is very busy; it then overruns it
        assertThat(fetches.get()).isLessThanOrEqualTo(1);
        assertThat(result.isDataPresent()).isTrue();
        assertThat((Object) result.getData()).isNull();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo("The request ran longer than 100 ms and was stopped.");
            assertThat(error.getErrorType()).isEqualTo(ErrorType.ExecutionAborted);
        });
    }

    @Test
    void aRequestWithinTheDeadlineIsNotDisturbed() {
        GraphQL graphQl = graphQl(Duration.ofSeconds(10), Duration.ofMillis(1));

        ExecutionResult result = graphQl.execute("{ a: slow b: slow c: slow }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetches).hasValue(3);
    }

    private GraphQL graphQl(Duration timeout, Duration fetchTime) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { slow: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("slow", environment -> {
                    fetches.incrementAndGet();
                    Thread.sleep(fetchTime.toMillis());
                    return "done";
                })).build());
        GraphQlLimits limits = new GraphQlLimits(15, 15, 2000, 15000, timeout);
        return GraphQL.newGraphQL(schema).instrumentation(new RequestDeadlineInstrumentation(limits)).build();
    }
}
