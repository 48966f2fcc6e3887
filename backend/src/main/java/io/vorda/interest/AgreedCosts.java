package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The collection costs a client's terms ask for: a penalty clause (a percentage of the amount owed, at least a
 * minimum) and the administration costs of the collection actions done so far. The cost scales charge them only
 * within the legal caps. This module's own view of the client's terms, so {@code interest} needs no other module.
 */
public record AgreedCosts(@Nullable BigDecimal penaltyClausePercent, @Nullable Money penaltyClauseMinimum, Money adminCosts) {

    public AgreedCosts {
        Objects.requireNonNull(adminCosts, "adminCosts");
        if (penaltyClausePercent != null && penaltyClausePercent.signum() < 0) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "A penalty clause cannot be negative, was "
                    + penaltyClausePercent.toPlainString() + " %", "penaltyClausePercent");
        }
        if (penaltyClauseMinimum != null && penaltyClauseMinimum.isNegative()) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "A penalty clause minimum cannot be negative, was " + penaltyClauseMinimum,
                    "penaltyClauseMinimum");
        }
        if (adminCosts.isNegative()) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "Administration costs cannot be negative, were " + adminCosts, "adminCosts");
        }
    }

    /** No penalty clause and no administration costs: the statutory amount applies where there is one. */
    public static AgreedCosts none(Currency currency) {
        return new AgreedCosts(null, null, Money.zero(currency));
    }

    /** Whether the terms ask for anything at all. */
    public boolean isAgreed() {
        return hasPenaltyClause() || !adminCosts.isZero();
    }

    public boolean hasPenaltyClause() {
        return penaltyClausePercent != null || penaltyClauseMinimum != null;
    }

    /** The penalty clause on {@code base}: its percentage rounded to the cent, at least its minimum; zero without a clause. */
    public Money penaltyOn(Money base) {
        Money penalty = penaltyClausePercent == null ? Money.zero(base.currency())
                : base.multipliedBy(penaltyClausePercent.movePointLeft(2), Money.COMMERCIAL_ROUNDING);
        if (penaltyClauseMinimum != null && penalty.compareTo(penaltyClauseMinimum) < 0) {
            return penaltyClauseMinimum;
        }
        return penalty;
    }

    /** Penalty clause on {@code base} plus the administration costs. */
    public Money totalOn(Money base) {
        return penaltyOn(base).plus(adminCosts);
    }

    /** Adds the agreed amounts on {@code base} to a breakdown, one line each. */
    void addLinesOn(Money base, CostAssessment assessment) {
        if (hasPenaltyClause()) {
            String minimum = penaltyClauseMinimum == null ? "" : ", at least " + penaltyClauseMinimum;
            String percent = penaltyClausePercent == null ? "penalty clause" : "penalty clause of %s %% of %s".formatted(
                    penaltyClausePercent.stripTrailingZeros().toPlainString(), base);
            assessment.line(percent + minimum, penaltyOn(base), CostRule.CLAIMED_COSTS);
        }
        if (!adminCosts.isZero()) {
            assessment.line("administration costs agreed for the collection actions done", adminCosts, CostRule.CLAIMED_COSTS);
        }
    }
}
