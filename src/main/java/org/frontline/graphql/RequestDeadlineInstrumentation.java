package org.frontline.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;

/**
 * Stops a request that runs longer than {@link GraphQlLimits#timeout()}. Controllers here run on the request thread
 * (Java 17, no virtual threads), so a timeout on the reactive response (Spring's {@code TimeoutWebGraphQlInterceptor})
 * would only fire after all the work is done; instead, each field fetch checks the deadline and, once it has passed,
 * cancels the execution, which graphql-java honours before fetching anything else. A single slow SQL statement is
 * bounded by the statement timeout of {@link PageQuery}.
 */
class RequestDeadlineInstrumentation extends SimplePerformantInstrumentation {

    private final Duration timeout;

    RequestDeadlineInstrumentation(GraphQlLimits limits) {
        this.timeout = limits.timeout();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || System.nanoTime() < deadline.nanoTime()) {
            return dataFetcher;
        }
        parameters.getExecutionContext().getExecutionInput().cancel();
        return environment -> {
            throw new RequestTimeoutException(timeout);
        };
    }

    private record Deadline(long nanoTime) implements InstrumentationState {
    }

    /** Reported with graphql-java's {@code ExecutionAborted} classification. */
    static class RequestTimeoutException extends RuntimeException {

        RequestTimeoutException(Duration timeout) {
            super("The request ran longer than %d ms and was stopped.".formatted(timeout.toMillis()));
        }
    }
}
