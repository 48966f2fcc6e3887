package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The RVG 1.0 fee by claim value, as far as money-rules §3.5 gives it, in the two versions that cover German
 * collection-fee caps: from 1 Oct 2021 (caps in force) and from 1 Jun 2025 (KostBRÄG 2025). Only rows whose amount
 * money-rules gives are shipped. A row's lower bound follows §13(1) RVG's steps (every started €500 up to €2,000,
 * every started €1,000 up to €10,000), so "≤ 5,000" covers 4,000.01–5,000.00. Values between the shipped rows are
 * refused: never interpolated or guessed.
 */
record RvgFeeTable(LocalDate validFrom, @Nullable LocalDate validUntil, String source, Money smallClaimFee, List<Row> rows) {

    /** The 1.0 fee for a claim value above {@code aboveValue} up to and including {@code upToValue}. */
    record Row(BigDecimal aboveValue, BigDecimal upToValue, Money fee) {
    }

    /** §13(2) RVG: the undisputed-collection fee for a claim value up to this amount is a fixed smaller one. */
    static final BigDecimal SMALL_CLAIM_LIMIT = new BigDecimal("50");
    static final Money MINIMUM_FEE = CostAssessment.euro("15.00");

    static final List<RvgFeeTable> VERSIONS = List.of(
            new RvgFeeTable(LocalDate.of(2021, 10, 1), LocalDate.of(2025, 5, 31),
                    "§13 RVG as in force from 1 Oct 2021 (Inkasso act, BGBl. 2020 I 3320)", CostAssessment.euro("30.00"), List.of(
                    row("0", "500", "49.00"), row("500", "1000", "88.00"), row("1000", "1500", "127.00"), row("1500", "2000", "166.00"),
                    row("4000", "5000", "334.00"))),
            new RvgFeeTable(LocalDate.of(2025, 6, 1), null,
                    "§13 RVG as amended by KostBRÄG 2025, in force 1 Jun 2025", CostAssessment.euro("30.50"), List.of(
                    row("0", "500", "51.50"), row("500", "1000", "93.00"), row("1000", "1500", "134.50"), row("1500", "2000", "176.00"),
                    row("4000", "5000", "354.50"), row("9000", "10000", "652.00"))));

    private static Row row(String above, String upTo, String fee) {
        return new Row(new BigDecimal(above), new BigDecimal(upTo), CostAssessment.euro(fee));
    }

    /** The version that governs a mandate given on {@code instructedOn} (the law in force when instructed, §60 RVG). */
    static RvgFeeTable inForceOn(LocalDate instructedOn) {
        return VERSIONS.stream()
                .filter(v -> !instructedOn.isBefore(v.validFrom()) && (v.validUntil() == null || !instructedOn.isAfter(v.validUntil())))
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.COST_RULE_UNKNOWN, ("The German collection-fee caps apply to mandates from "
                        + "1 Oct 2021; no fee table is shipped for a mandate given on %s").formatted(instructedOn), "instructedOn"));
    }

    /** The 1.0 fee for {@code claimValue}: the §13(2) small-claim fee up to €50, else the row it falls in. */
    Money oneFeeFor(Money claimValue) {
        BigDecimal value = claimValue.amount();
        if (value.compareTo(SMALL_CLAIM_LIMIT) <= 0) {
            return smallClaimFee;
        }
        return rows.stream()
                .filter(r -> value.compareTo(r.aboveValue()) > 0 && value.compareTo(r.upToValue()) <= 0)
                .map(Row::fee)
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.COST_RULE_UNKNOWN, ("No RVG 1.0 fee is shipped for a claim value of %s "
                        + "(table from %s). Known claim values: %s. Add the §13 RVG row before charging this fee.")
                        .formatted(claimValue, validFrom, knownValues()), "principal"));
    }

    private String knownValues() {
        return rows.stream().map(r -> "%s–%s".formatted(r.aboveValue().add(new BigDecimal("0.01")).toPlainString(), r.upToValue().toPlainString()))
                .collect(Collectors.joining(", "));
    }
}
