package io.vorda.arrangement;

import io.vorda.calendar.BusinessCalendar;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * Turns a plan request into its schedule: checks the request, splits what is open after the down payment over the
 * instalments (the last one takes the remainder cent, {@link Money#splitInto}) and moves each due date off weekends
 * and public holidays. Pure: the balance, today and the calendar are given.
 */
final class Schedule {

    /** The most instalments a plan may have: twenty years monthly, or about four and a half years weekly. */
    static final int MAX_INSTALMENTS = 240;

    private Schedule() {
    }

    static List<PlannedInstalment> of(PlanRequest request, Money openBalance, LocalDate today, BusinessCalendar calendar) {
        Currency currency = openBalance.currency();
        Integer count = request.instalmentCount();
        Money each = money(request.instalmentAmount(), currency, "instalmentAmount");
        Money down = money(request.downPayment(), currency, "downPayment");
        checkShape(count, each, request);
        checkDates(request, today);
        if (openBalance.isNegative() || openBalance.isZero()) {
            throw new DomainException(ErrorCode.NO_OPEN_BALANCE, "The case owes nothing (%s); there is nothing to arrange."
                    .formatted(openBalance), "caseId");
        }
        Money expected = money(request.expectedOpenBalance(), currency, "openBalance");
        if (expected != null && expected.compareTo(openBalance) != 0) {
            throw new DomainException(ErrorCode.PLAN_DOES_NOT_COVER_BALANCE,
                    "The open balance is now %s, not %s; look at the new schedule before agreeing.".formatted(openBalance, expected),
                    "openBalance");
        }
        Money rest = down == null ? openBalance : openBalance.minus(down);
        if (rest.isZero() || rest.isNegative()) {
            throw new DomainException(ErrorCode.PLAN_DOES_NOT_COVER_BALANCE, "A down payment of %s leaves no instalments for a balance of %s."
                    .formatted(down, openBalance), "downPayment");
        }
        List<Money> amounts = amounts(rest, count, each);
        List<PlannedInstalment> schedule = new ArrayList<>();
        if (down != null) {
            LocalDate day = request.downPaymentDueOn() == null ? today : request.downPaymentDueOn();
            schedule.add(new PlannedInstalment(0, InstalmentKind.DOWN_PAYMENT, day, calendar.nextBusinessDayOnOrAfter(day), down));
        }
        for (int i = 0; i < amounts.size(); i++) {
            LocalDate day = request.frequency().after(request.firstDueOn(), i);
            schedule.add(new PlannedInstalment(i + 1, InstalmentKind.INSTALMENT, day, calendar.nextBusinessDayOnOrAfter(day), amounts.get(i)));
        }
        Money total = schedule.stream().map(PlannedInstalment::amount).reduce(Money.zero(currency), Money::plus);
        if (total.compareTo(openBalance) != 0) {
            throw new IllegalStateException("schedule adds up to %s, balance is %s".formatted(total, openBalance));
        }
        return List.copyOf(schedule);
    }

    private static void checkShape(@Nullable Integer count, @Nullable Money each, PlanRequest request) {
        if (count == null && each == null) {
            throw new DomainException(ErrorCode.REQUIRED, "Give the number of instalments or the instalment amount.", "instalmentCount");
        }
        if (count != null && count < 1) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A plan has at least one instalment.", "instalmentCount");
        }
        if (count != null && count > MAX_INSTALMENTS) {
            throw new DomainException(ErrorCode.PAYMENT_PLAN_TOO_LONG, "A plan has at most %d instalments.".formatted(MAX_INSTALMENTS),
                    "instalmentCount");
        }
        if (each != null && (each.isZero() || each.isNegative())) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "An instalment must be more than zero.", "instalmentAmount");
        }
        if (request.downPayment() != null && request.downPayment().signum() <= 0) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "A down payment must be more than zero.", "downPayment");
        }
        if (request.downPayment() == null && request.downPaymentDueOn() != null) {
            throw new DomainException(ErrorCode.REQUIRED, "A down payment date needs a down payment amount.", "downPayment");
        }
    }

    private static void checkDates(PlanRequest request, LocalDate today) {
        if (request.firstDueOn().isBefore(today)) {
            throw new DomainException(ErrorCode.DATE_IN_PAST, "The first instalment cannot fall due before today (%s).".formatted(today),
                    "firstDueOn");
        }
        LocalDate downOn = request.downPaymentDueOn();
        if (downOn != null && downOn.isBefore(today)) {
            throw new DomainException(ErrorCode.DATE_IN_PAST, "The down payment cannot fall due before today (%s).".formatted(today),
                    "downPaymentDueOn");
        }
        if (downOn != null && downOn.isAfter(request.firstDueOn())) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "The down payment comes before the first instalment.", "downPaymentDueOn");
        }
    }

    /** The instalment amounts for what is left after the down payment. */
    private static List<Money> amounts(Money rest, @Nullable Integer count, @Nullable Money each) {
        if (each == null) {
            Money smallest = new Money(BigDecimal.ONE.movePointLeft(rest.currency().getDefaultFractionDigits()), rest.currency());
            if (rest.compareTo(smallest.multipliedBy(BigDecimal.valueOf(count), RoundingMode.UNNECESSARY)) < 0) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "%d instalments would be less than %s each."
                        .formatted(count, smallest), "instalmentCount");
            }
            return rest.splitInto(count);
        }
        if (count != null) {
            if (each.multipliedBy(BigDecimal.valueOf(count), RoundingMode.UNNECESSARY).compareTo(rest) != 0) {
                throw new DomainException(ErrorCode.PLAN_DOES_NOT_COVER_BALANCE, "%d instalments of %s do not add up to %s."
                        .formatted(count, each, rest), "instalmentAmount");
            }
            return Collections.nCopies(count, each);
        }
        BigDecimal needed = rest.amount().divide(each.amount(), 0, RoundingMode.CEILING);
        if (needed.compareTo(BigDecimal.valueOf(MAX_INSTALMENTS)) > 0) {
            throw new DomainException(ErrorCode.PAYMENT_PLAN_TOO_LONG, "Instalments of %s would take %s instalments; at most %d are allowed."
                    .formatted(each, needed.toPlainString(), MAX_INSTALMENTS), "instalmentAmount");
        }
        int n = needed.intValueExact();
        List<Money> amounts = new ArrayList<>(Collections.nCopies(n - 1, each));
        // the last instalment is what is left: the amount itself, or the smaller remainder
        amounts.add(rest.minus(each.multipliedBy(BigDecimal.valueOf(n - 1L), RoundingMode.UNNECESSARY)));
        return amounts;
    }

    private static @Nullable Money money(@Nullable BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            return null;
        }
        try {
            return new Money(amount, currency);
        } catch (ArithmeticException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "%s has more decimals than %s allows."
                    .formatted(amount.toPlainString(), currency.getCurrencyCode()), field);
        }
    }
}
