package org.frontline.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The {@code Date} scalar: an ISO-8601 calendar date ({@code 2022-09-10}), a {@link LocalDate} in Java. */
@Component
class DateScalar implements RuntimeWiringConfigurer {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .coercing(new DateCoercing())
            .build();

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DATE);
    }

    private static final class DateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("Expected a LocalDate but got " + value.getClass().getSimpleName());
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(message(text));
                }
            }
            throw new CoercingParseValueException("A Date must be a string such as \"2022-09-10\".");
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof StringValue text) {
                try {
                    return LocalDate.parse(text.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(message(text.getValue()));
                }
            }
            throw new CoercingParseLiteralException("A Date must be a string such as \"2022-09-10\".");
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private static String message(String text) {
            return "'%s' is not a date of the form YYYY-MM-DD (e.g. \"2022-09-10\").".formatted(text);
        }
    }
}
