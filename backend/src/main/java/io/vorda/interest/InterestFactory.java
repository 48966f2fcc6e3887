package io.vorda.interest;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the calculator injectable; it computes with the rate tables shipped in this release. */
@Factory
class InterestFactory {

    @Singleton
    InterestCalculator interestCalculator() {
        return new InterestCalculator(RateTables.shipped());
    }
}
