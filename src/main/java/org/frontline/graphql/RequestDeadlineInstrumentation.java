package org.frontline.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Stops a request that runs longer than {@link GraphQlLimits#timeout()}. Controllers here run on the request thread
 * (Java 17, no virtual threads), so a timeout on the reactive response (Spring's {@code TimeoutWebGraphQlInterceptor})
 * would only fire after all the work is done. Instead each field fetch checks the deadline; once it has passed, the
 * fetch is skipped and the execution cancelled, which graphql-java honours before fetching anything else. The
 * response then says why, with graphql-java's {@code ExecutionAborted} classification and {@code data: null} (the
 * request was valid and executed, so the HTTP status stays 200). A single slow statement of the API's own SQL
 * (pages, search) is bounded by the statement timeout of {@link GraphQlLimits#jdbcTemplate}.
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
        if (!(state instanceof Deadline deadline) || !deadline.hasPassed()) {
            return dataFetcher;
        }
        deadline.expired = true;
        parameters.getExecutionContext().getExecutionInput().cancel();
        return environment -> null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || !deadline.expired) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        errors.add(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ExecutionAborted)
                .message("The request ran longer than %d ms and was stopped.".formatted(timeout.toMillis()))
                .build());
        // graphql-java's own error for the cancellation says less than ours
        result.getErrors().stream().filter(error -> !(error instanceof AbortExecutionException)).forEach(errors::add);
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
                .data(null)
                .errors(errors)
                .extensions(result.getExtensions())
                .build());
    }

    private static final class Deadline implements InstrumentationState {

        private final long nanoTime;
        private volatile boolean expired;

        private Deadline(long nanoTime) {
            this.nanoTime = nanoTime;
        }

        boolean hasPassed() {
            return System.nanoTime() - nanoTime >= 0;
        }
    }
}
