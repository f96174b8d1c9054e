package org.frontline.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Mutations change the record, so they need the admin token: {@code Authorization: Bearer <token>} with the token
 * the server was started with ({@code FRONTLINE_ADMIN_TOKEN}, property {@code frontline.admin-token}). A server
 * without one accepts no mutation at all. Queries stay open. A refused operation runs nothing and answers one error
 * classified {@code UNAUTHORIZED} (no or a wrong token) or {@code FORBIDDEN} (mutations disabled).
 *
 * <p>The interceptor half hands the request's header to the instrumentation half, which sees the operation's type.
 */
@Component
class MutationAuthorization extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    private static final String AUTHORIZATION = MutationAuthorization.class.getName() + ".authorization";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MutationAuthorization(@Value("${frontline.admin-token:}") String token) {
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(AUTHORIZATION, header)).build());
        }
        return chain.next(request);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            refusal(context.getGraphQLContext().get(AUTHORIZATION)).ifPresent(error -> {
                throw new AbortExecutionException(List.of(error));
            });
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** @return why a mutation with this {@code Authorization} header (null: none) is refused, or empty */
    Optional<GraphQLError> refusal(String authorization) {
        if (token.length == 0) {
            return Optional.of(error(ErrorType.FORBIDDEN, "Mutations are disabled: this server has no admin token. "
                    + "Start it with FRONTLINE_ADMIN_TOKEN set (property frontline.admin-token) and send the header "
                    + "'Authorization: Bearer <token>'."));
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(error(ErrorType.UNAUTHORIZED, "Mutations need the admin token: send the header "
                    + "'Authorization: Bearer <token>'."));
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            return Optional.of(error(ErrorType.UNAUTHORIZED, "The admin token in the Authorization header is not "
                    + "valid."));
        }
        return Optional.empty();
    }

    private static GraphQLError error(ErrorType type, String message) {
        return GraphqlErrorBuilder.newError().errorType(type).message(message).build();
    }
}
