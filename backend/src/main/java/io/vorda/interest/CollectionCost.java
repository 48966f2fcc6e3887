package io.vorda.interest;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Collection costs as a cost scale assesses them, and why. {@code amount} is the sum of {@code lines}; {@code rule}
 * is the rule whose amount is charged and {@code cappedBy} the legal rule that lowered a higher amount (null when
 * nothing was lowered). {@code chargeableFrom} is the first day the amount may be charged, null while a condition
 * such as a 14-day letter is missing; {@code assessedOn} is the day the question was asked. {@code explanation}
 * gives every step in words, for the case's money tab and for letters.
 */
public record CollectionCost(Money amount, CostRule rule, @Nullable CostRule cappedBy, @Nullable LocalDate chargeableFrom,
                             LocalDate assessedOn, List<Line> lines, List<String> explanation) {

    /** One amount of the breakdown and the rule that produced it; a credit is negative. */
    public record Line(String description, Money amount, CostRule rule) {
    }

    public CollectionCost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(assessedOn, "assessedOn");
        lines = List.copyOf(lines);
        explanation = List.copyOf(explanation);
        Money sum = lines.stream().map(Line::amount).reduce(Money.zero(amount.currency()), Money::plus);
        if (sum.compareTo(amount) != 0) {
            throw new IllegalArgumentException("the lines add up to %s, not to %s".formatted(sum, amount));
        }
    }

    /** Where the rule that produced the amount comes from. */
    public String legalSource() {
        return rule.legalSource();
    }

    /** Whether the amount may be charged on {@link #assessedOn()}. */
    public boolean isChargeable() {
        return chargeableFrom != null && !assessedOn.isBefore(chargeableFrom);
    }
}
