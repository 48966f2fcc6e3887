package io.vorda.interest;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Dutch BIK scale (Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2; money-rules §1.4): a
 * percentage per band of the principal, added up, kept between €40 and €6,775, then rounded once to the cent; VAT
 * is added to the rounded fee (money-rules §6 examples 3–7).
 */
final class BikScale {

    private record Band(@Nullable BigDecimal upTo, BigDecimal percent) {
    }

    private static final List<Band> BANDS = List.of(
            new Band(new BigDecimal("2500"), new BigDecimal("15")),
            new Band(new BigDecimal("5000"), new BigDecimal("10")),
            new Band(new BigDecimal("10000"), new BigDecimal("5")),
            new Band(new BigDecimal("200000"), new BigDecimal("1")),
            new Band(null, new BigDecimal("0.5")));

    static final Money MINIMUM = CostAssessment.euro("40.00");
    static final Money MAXIMUM = CostAssessment.euro("6775.00");
    /** The Dutch general VAT rate the Besluit's art. 2(3) increase uses (money-rules §1.4). */
    static final BigDecimal VAT_PERCENT = new BigDecimal("21");

    /** The fee, the VAT on it, the rule that set the fee, the maximum if it lowered the fee, and the steps in words. */
    record Bik(Money fee, Money vat, CostRule rule, @Nullable CostRule cappedBy, List<String> steps) {
        Money total() {
            return fee.plus(vat);
        }

        /** The fee and its VAT as lines of a breakdown. */
        void addLines(CostAssessment assessment) {
            assessment.line("BIK", fee, rule);
            assessment.line(VAT_PERCENT.toPlainString() + " % VAT on the BIK (creditor cannot deduct VAT)", vat, CostRule.NL_BIK_VAT);
        }
    }

    private BikScale() {
    }

    static Bik on(Money principal, VatOnCosts vatOnCosts) {
        CostAssessment.requireEuro(principal, "principal");
        BigDecimal h = principal.amount();
        BigDecimal lower = BigDecimal.ZERO;
        BigDecimal raw = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        for (Band band : BANDS) {
            if (h.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal portion = (band.upTo() == null ? h : h.min(band.upTo())).subtract(lower);
            BigDecimal part = portion.multiply(band.percent()).movePointLeft(2);
            raw = raw.add(part);
            parts.add("%s %% of %s = %s".formatted(band.percent().toPlainString(), plain(portion), plain(part)));
            if (band.upTo() != null) {
                lower = band.upTo();
            }
        }
        List<String> steps = new ArrayList<>();
        steps.add("BIK scale on a principal of %s: %s; together %s.".formatted(principal, String.join(", ", parts), plain(raw)));
        Money fee;
        CostRule rule = CostRule.NL_BIK_SCALE;
        CostRule cappedBy = null;
        if (raw.compareTo(MINIMUM.amount()) < 0) {
            fee = MINIMUM;
            rule = CostRule.NL_BIK_MINIMUM;
            steps.add("That is below the minimum of %s, which applies (art. 2(2) Besluit BIK).".formatted(MINIMUM));
        } else if (raw.compareTo(MAXIMUM.amount()) > 0) {
            fee = MAXIMUM;
            cappedBy = CostRule.NL_BIK_MAXIMUM;
            steps.add("That is above the maximum of %s, which applies (art. 2(1) Besluit BIK).".formatted(MAXIMUM));
        } else {
            fee = Money.rounded(raw, principal.currency(), Money.COMMERCIAL_ROUNDING);
            steps.add("Rounded half-up to the cent: %s.".formatted(fee));
        }
        Money vat = Money.zero(principal.currency());
        if (vatOnCosts == VatOnCosts.ADDED_CREDITOR_CANNOT_DEDUCT) {
            vat = fee.multipliedBy(VAT_PERCENT.movePointLeft(2), Money.COMMERCIAL_ROUNDING);
            steps.add("Plus %s %% VAT, %s, because the creditor cannot deduct VAT and says so (art. 2(3) Besluit BIK): %s."
                    .formatted(VAT_PERCENT.toPlainString(), vat, fee.plus(vat)));
        }
        return new Bik(fee, vat, rule, cappedBy, steps);
    }

    /** A decimal as written in an explanation: no trailing zeros beyond the cents. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
