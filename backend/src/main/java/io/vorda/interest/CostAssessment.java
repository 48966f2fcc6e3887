package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Collects the lines and explanation of one cost assessment and makes the result; the amount is the lines' sum. */
final class CostAssessment {

    static final Currency EUR = Currency.getInstance("EUR");

    private final Currency currency;
    private final List<CollectionCost.Line> lines = new ArrayList<>();
    private final List<String> explanation = new ArrayList<>();

    CostAssessment(Currency currency) {
        this.currency = currency;
    }

    CostAssessment explain(String step) {
        explanation.add(step);
        return this;
    }

    CostAssessment line(String description, Money amount, CostRule rule) {
        if (!amount.isZero()) {
            lines.add(new CollectionCost.Line(description, amount, rule));
        }
        return this;
    }

    Money total() {
        return lines.stream().map(CollectionCost.Line::amount).reduce(Money.zero(currency), Money::plus);
    }

    CollectionCost result(CostRule rule, @Nullable CostRule cappedBy, @Nullable LocalDate chargeableFrom, LocalDate assessedOn) {
        return new CollectionCost(total(), rule, cappedBy, chargeableFrom, assessedOn, lines, explanation);
    }

    /** Statutory amounts in euro (€40, €6,775, RVG fees) apply to claims in euro only. */
    static void requireEuro(Money amount, String field) {
        if (!amount.currency().equals(EUR)) {
            throw new DomainException(ErrorCode.CURRENCY_MISMATCH,
                    "This cost scale is in EUR; the claim is in " + amount.currency().getCurrencyCode(), field);
        }
    }

    static Money euro(String amount) {
        return Money.of(amount, "EUR");
    }

    /** The sentence that closes every assessment that depends on a date. */
    static String chargeableSentence(LocalDate chargeableFrom, LocalDate assessedOn) {
        return assessedOn.isBefore(chargeableFrom)
                ? "Not yet chargeable on %s; chargeable from %s.".formatted(assessedOn, chargeableFrom)
                : "Chargeable since %s.".formatted(chargeableFrom);
    }
}
