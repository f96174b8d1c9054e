package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Which mutation requests the admin token lets through, and what the others are told. */
class MutationAuthorizationTest {

    final MutationAuthorization withToken = new MutationAuthorization("s3cret");

    @Test
    void theRightBearerTokenPasses() {
        assertThat(withToken.refusal("Bearer s3cret")).isEmpty();
        assertThat(withToken.refusal("bearer  s3cret ")).isEmpty();
    }

    @Test
    void noTokenOrAnotherSchemeIsUnauthorized() {
        assertThat(withToken.refusal(null)).get().satisfies(error -> assertError(error, ErrorType.UNAUTHORIZED,
                "Mutations need the admin token: send the header 'Authorization: Bearer <token>'."));
        assertThat(withToken.refusal("Basic czNjcmV0")).get().satisfies(error -> assertError(error,
                ErrorType.UNAUTHORIZED, "Mutations need the admin token: send the header 'Authorization: Bearer "
                        + "<token>'."));
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        assertThat(withToken.refusal("Bearer s3cre")).get().satisfies(error -> assertError(error,
                ErrorType.UNAUTHORIZED, "The admin token in the Authorization header is not valid."));
    }

    @Test
    void aServerWithoutATokenRefusesEveryMutation() {
        MutationAuthorization withoutToken = new MutationAuthorization("  ");

        assertThat(withoutToken.refusal("Bearer ")).get().satisfies(error -> assertError(error, ErrorType.FORBIDDEN,
                "Mutations are disabled: this server has no admin token. Start it with FRONTLINE_ADMIN_TOKEN set "
                        + "(property frontline.admin-token) and send the header 'Authorization: Bearer <token>'."));
    }

    private static void assertError(GraphQLError error, ErrorType type, String message) {
        assertThat(error.getErrorType()).isEqualTo(type);
        assertThat(error.getMessage()).isEqualTo(message);
    }
}
