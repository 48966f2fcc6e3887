/**
 * Interest: pure calculation of late and contractual interest — statutory rate tables (NL, BE, DE, PL) shipped as
 * data under {@code resources/interest/rates}, contractual bases, day count, yearly capitalisation where the law
 * compounds, and a per-period breakdown of every result. Owns no tables, publishes and listens to nothing, does no
 * I/O beyond reading its own shipped rate files. Door: {@link io.vorda.interest.InterestCalculator}.
 */
@NullMarked
package io.vorda.interest;

import org.jspecify.annotations.NullMarked;
