package org.frontline.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletionException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the client's mistakes into GraphQL errors that say what was wrong, classified {@code BAD_REQUEST} or
 * {@code NOT_FOUND}. Anything else stays with Spring's default: an {@code INTERNAL_ERROR} that names the request but
 * never shows a stack trace or an exception message.
 */
@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        Throwable cause = exception instanceof CompletionException && exception.getCause() != null
                ? exception.getCause() : exception;
        ErrorType type;
        if (cause instanceof InvalidArgumentException) {
            type = ErrorType.BAD_REQUEST;
        } else if (cause instanceof NodeNotFoundException) {
            type = ErrorType.NOT_FOUND;
        } else {
            return null;
        }
        return GraphqlErrorBuilder.newError(environment).errorType(type).message(cause.getMessage()).build();
    }
}
