package org.frontline.importjob.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The {@code DateTime} scalar: an ISO-8601 date and time with its offset ({@code 2022-09-10T14:30:00Z}). */
@Component
class DateTimeScalar implements RuntimeWiringConfigurer {

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .coercing(new DateTimeCoercing())
            .build();

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
        builder.scalar(DATE_TIME);
    }

    private static final class DateTimeCoercing implements Coercing<OffsetDateTime, String> {

        private static final String EXPECTED = "A DateTime must be a string such as \"2022-09-10T14:30:00Z\".";

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof OffsetDateTime dateTime) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
            }
            throw new CoercingSerializeException("Expected an OffsetDateTime but got "
                    + value.getClass().getSimpleName());
        }

        @Override
        public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                try {
                    return OffsetDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(EXPECTED);
                }
            }
            throw new CoercingParseValueException(EXPECTED);
        }

        @Override
        public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof StringValue text) {
                try {
                    return OffsetDateTime.parse(text.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(EXPECTED);
                }
            }
            throw new CoercingParseLiteralException(EXPECTED);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }
    }
}
