package io.vorda.rate;

import io.micronaut.context.annotation.Factory;
import io.vorda.interest.InterestCalculator;
import jakarta.inject.Singleton;

/** The application's interest calculator computes with the current tables: shipped rows and administrators' entries. */
@Factory
class RateFactory {

    @Singleton
    InterestCalculator interestCalculator(CurrentRateTables tables) {
        return new InterestCalculator(tables::tables);
    }
}
