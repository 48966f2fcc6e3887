/**
 * Interest: pure calculation of late and contractual interest — statutory rate tables (NL, BE, DE, PL) shipped as
 * data under {@code resources/interest/rates}, contractual bases, day count, yearly capitalisation where the law
 * compounds, and a per-period breakdown of every result. Owns no tables, publishes and listens to nothing, does no
 * I/O beyond reading its own shipped rate files. Also the statutory collection-cost scales (BIK, Book XIX, § 288(5)
 * BGB and the RVG caps, the Polish recovery compensation), with holiday calendars and exchange rates passed in.
 * Doors: {@link io.vorda.interest.InterestCalculator} and {@link io.vorda.interest.CostScales}. No framework code: the
 * application's calculator, on the shipped tables plus administrators' rows, is wired by the {@code rate} module.
 */
@NullMarked
package io.vorda.interest;

import org.jspecify.annotations.NullMarked;
