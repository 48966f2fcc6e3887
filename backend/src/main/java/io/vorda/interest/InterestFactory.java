package io.vorda.interest;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the calculator (computing with the rate tables shipped in this release) and the cost scales injectable. */
@Factory
class InterestFactory {

    @Singleton
    InterestCalculator interestCalculator() {
        return new InterestCalculator(RateTables.shipped());
    }

    @Singleton
    CostScales costScales() {
        return new CostScales();
    }
}
