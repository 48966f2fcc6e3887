package io.vorda.api;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The semantic scalars of the staff API (GraphQL style rule 7): all travel as strings so that no client ever
 * parses money as a float or a date as a moment.
 */
public final class Scalars {

    private Scalars() {
    }

    public static final GraphQLScalarType DATE = stringScalar("Date", "A calendar date, YYYY-MM-DD",
            LocalDate.class, LocalDate::toString, LocalDate::parse);

    public static final GraphQLScalarType DATE_TIME = stringScalar("DateTime", "A moment, ISO-8601 in UTC",
            Instant.class, Instant::toString,
            text -> OffsetDateTime.parse(text).toInstant());

    public static final GraphQLScalarType DECIMAL = stringScalar("Decimal", "An exact decimal as a string",
            BigDecimal.class, BigDecimal::toPlainString, BigDecimal::new);

    public static final GraphQLScalarType CURRENCY_CODE = stringScalar("CurrencyCode", "An ISO-4217 code",
            Currency.class, Currency::getCurrencyCode, code -> Currency.getInstance(code.toUpperCase(Locale.ROOT)));

    public static List<GraphQLScalarType> all() {
        return List.of(DATE, DATE_TIME, DECIMAL, CURRENCY_CODE);
    }

    private static <T> GraphQLScalarType stringScalar(String name, String description, Class<T> type,
                                                      Function<T, String> format, Function<String, T> parse) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value)) {
                    return format.apply(type.cast(value));
                }
                throw new CoercingSerializeException("Expected a " + type.getSimpleName() + " for " + name);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                return parseText(input instanceof String text ? text : null, CoercingParseValueException::new);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                return parseText(input instanceof StringValue text ? text.getValue() : null, CoercingParseLiteralException::new);
            }

            private T parseText(String text, Function<String, RuntimeException> failure) {
                if (text == null) {
                    throw failure.apply(name + " must be given as a string");
                }
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw failure.apply("'%s' is not a valid %s".formatted(text, name));
                }
            }
        }).build();
    }
}
