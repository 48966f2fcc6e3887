package io.vorda.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one currency (ARCHITECTURE §9).
 *
 * <p>The amount never carries more decimals than the currency has: an amount with a finer scale is rejected,
 * as Joda-Money does, so a rounding can never happen silently. Operations that can create fractions take the
 * rounding mode explicitly; the house rule is {@link #COMMERCIAL_ROUNDING}. Mixing currencies throws.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The one rounding rule for money: half away from zero ("commercial rounding", money-rules.md). */
    public static final RoundingMode COMMERCIAL_ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new ArithmeticException(
                    "%s has more than %d decimals for %s".formatted(amount.toPlainString(), digits, currency));
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** An exact value rounded once to the currency's decimals with the given mode. */
    public static Money rounded(BigDecimal exact, Currency currency, RoundingMode mode) {
        return new Money(exact.setScale(currency.getDefaultFractionDigits(), mode), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money multipliedBy(BigDecimal factor, RoundingMode mode) {
        return rounded(amount.multiply(factor), currency, mode);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Splits into {@code parts} amounts that add up exactly to this one; the remainder cents go to the last
     * part (instalment plans: money-rules.md, "the last instalment absorbs the rounding").
     */
    public List<Money> splitInto(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, was " + parts);
        }
        BigDecimal each = amount.divide(BigDecimal.valueOf(parts), currency.getDefaultFractionDigits(), RoundingMode.DOWN);
        List<Money> result = new ArrayList<>(parts);
        for (int i = 0; i < parts - 1; i++) {
            result.add(new Money(each, currency));
        }
        result.add(new Money(amount.subtract(each.multiply(BigDecimal.valueOf(parts - 1L))), currency));
        return List.copyOf(result);
    }

    /**
     * Shares this amount in proportion to the weights, to the smallest unit, by the largest-remainder rule: each share
     * is rounded down and the units left over go to the shares that lost most by rounding (the first of equals), so
     * the shares add up exactly whatever order the weights come in. When this amount is less than the weights' sum, no
     * share exceeds its weight (pro-rata allocation of a payment).
     */
    public List<Money> proRata(List<Money> weights) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money weight : weights) {
            total = total.add(sameCurrency(weight).amount);
        }
        if (weights.isEmpty() || total.signum() <= 0) {
            throw new IllegalArgumentException("pro rata needs weights with a positive sum");
        }
        int digits = currency.getDefaultFractionDigits();
        List<BigDecimal> shares = new ArrayList<>(weights.size());
        List<BigDecimal> lost = new ArrayList<>(weights.size());
        BigDecimal given = BigDecimal.ZERO;
        for (Money weight : weights) {
            BigDecimal exact = amount.multiply(weight.amount).divide(total, digits + 12, RoundingMode.DOWN);
            BigDecimal share = exact.setScale(digits, RoundingMode.DOWN);
            shares.add(share);
            lost.add(exact.subtract(share));
            given = given.add(share);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        List<Integer> byLoss = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            byLoss.add(i);
        }
        byLoss.sort((a, b) -> lost.get(b).compareTo(lost.get(a))); // stable: equals keep their order
        for (int k = 0; given.compareTo(amount) < 0; k = (k + 1) % byLoss.size()) {
            int i = byLoss.get(k);
            shares.set(i, shares.get(i).add(unit));
            given = given.add(unit);
        }
        return shares.stream().map(share -> new Money(share, currency)).toList();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new DomainException(ErrorCode.CURRENCY_MISMATCH,
                    "Cannot combine %s with %s".formatted(currency, other.currency));
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
