package io.vorda.rate;

import io.micronaut.context.annotation.Factory;
import io.vorda.interest.CostScales;
import io.vorda.interest.InterestCalculator;
import jakarta.inject.Singleton;

/**
 * Makes the pure interest module injectable: the calculator computes with the current tables (shipped rows and
 * administrators' entries); the cost scales take their calendars and exchange rates per call.
 */
@Factory
class RateFactory {

    @Singleton
    InterestCalculator interestCalculator(CurrentRateTables tables) {
        return new InterestCalculator(tables::tables);
    }

    @Singleton
    CostScales costScales() {
        return new CostScales();
    }
}
