package io.vorda.payment;

import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseParty;
import io.vorda.cases.CaseRole;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.ClaimView;
import io.vorda.ledger.IncomingPayment;
import io.vorda.ledger.Ledger;
import io.vorda.ledger.PaymentId;
import io.vorda.party.Parties;
import io.vorda.party.PartyId;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Money received: registered on a case, or split over several cases of the same debtor by a named scheme; searched;
 * reversed with a reason. Every case's part is booked and allocated by the ledger in the same transaction, so a refused
 * payment books nothing. A payment is visible to whoever may see one of the cases it went to.
 */
@Singleton
public class Payments {

    private static final int MAX_NOTE = 1000;
    /** The reason goes into the ledger's reversing postings as their explanation (at most 500 characters there). */
    private static final int MAX_REASON = 500;
    /** numeric(19,2): anything larger cannot be stored, and is a typing mistake anyway. */
    private static final BigDecimal LARGEST = new BigDecimal("99999999999999999.99");

    private final PaymentDirectory directory;
    private final Ledger ledger;
    private final Cases cases;
    private final Parties parties;
    private final Permissions permissions;
    private final Clock clock;

    Payments(PaymentDirectory directory, Ledger ledger, Cases cases, Parties parties, Permissions permissions, Clock clock) {
        this.directory = directory;
        this.ledger = ledger;
        this.cases = cases;
        this.parties = parties;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Registers a payment received on one case and allocates it. */
    @Transactional
    public PaymentView register(Caller caller, NewPayment input) {
        permissions.require(caller, Action.REGISTER_PAYMENTS);
        CaseView kase = cases.find(caller, input.caseId())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such case.", "caseId"));
        Money amount = checkedAmount(input.amount(), input.currency(), currencyOf(List.of(kase.id())).get(kase.id()), "amount");
        checkCommon(caller, input.valueDate(), input.payer(), input.note());
        PaymentView payment = new PaymentView(new PaymentId(UUID.randomUUID()), amount, input.valueDate(), input.method(),
                input.payer(), blankToNull(input.note()), null, List.of(new PaymentPart(kase.id(), amount, input.designatedClaims())),
                clock.instant(), caller.label(), null);
        book(caller, payment);
        return payment;
    }

    /** Registers one payment shared over several cases of the same debtor by a named scheme, and allocates each part. */
    @Transactional
    public PaymentView split(Caller caller, PaymentSplit input) {
        permissions.require(caller, Action.REGISTER_PAYMENTS);
        boolean designated = input.scheme() == SplitScheme.DESIGNATED;
        String casesField = designated ? "parts" : "caseIds";
        List<CaseId> ids = designated ? input.parts().stream().map(PaymentSplit.Part::caseId).toList() : input.cases();
        if (ids.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "Name the cases to split the payment over.", casesField);
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A case is named twice.", casesField);
        }
        Map<CaseId, CaseView> visible = cases.findMany(caller, ids);
        for (int i = 0; i < ids.size(); i++) {
            if (!visible.containsKey(ids.get(i))) {
                throw new DomainException(ErrorCode.NOT_FOUND, "No such case.", designated ? "parts." + i + ".caseId" : "caseIds." + i);
            }
        }
        Map<CaseId, Currency> currencies = currencyOf(ids);
        Currency currency = input.currency() != null ? input.currency() : currencies.get(ids.get(0));
        Money amount = checkedAmount(input.amount(), currency, currencies.get(ids.get(0)), "amount");
        for (int i = 0; i < ids.size(); i++) {
            if (!currencies.get(ids.get(i)).equals(currency)) {
                throw new DomainException(ErrorCode.CURRENCY_MISMATCH, "That case is kept in %s, not %s."
                        .formatted(currencies.get(ids.get(i)).getCurrencyCode(), currency.getCurrencyCode()),
                        designated ? "parts." + i + ".caseId" : "caseIds." + i);
            }
        }
        requireSameDebtor(caller, ids, casesField);
        checkCommon(caller, input.valueDate(), input.payer(), input.note());
        List<CaseView> oldestFirst = ids.stream().map(visible::get)
                .sorted(Comparator.comparing(CaseView::openedOn).thenComparing(c -> c.reference().toString())).toList();
        List<PaymentPart> parts = switch (input.scheme()) {
            case DESIGNATED -> designatedParts(input.parts(), amount);
            case OLDEST_CASE_FIRST -> oldestFirst(amount, oldestFirst, ledger.owedOn(caller, ids, input.valueDate()));
            case PRO_RATA -> proRata(amount, oldestFirst, ledger.owedOn(caller, ids, input.valueDate()));
        };
        PaymentView payment = new PaymentView(new PaymentId(UUID.randomUUID()), amount, input.valueDate(), input.method(),
                input.payer(), blankToNull(input.note()), input.scheme(), parts, clock.instant(), caller.label(), null);
        book(caller, payment);
        return payment;
    }

    /** Reverses a payment on every case it went to, with a reason; the ledger re-allocates those cases. */
    @Transactional
    public PaymentView reverse(Caller caller, PaymentId id, String reason) {
        permissions.require(caller, Action.REVERSE_PAYMENTS);
        PaymentView payment = find(caller, id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such payment.", "paymentId"));
        if (payment.reversal() != null) {
            throw new DomainException(ErrorCode.PAYMENT_ALREADY_REVERSED, "The payment was reversed already.", "paymentId");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw new DomainException(clean.isEmpty() ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT,
                    "Say why the payment is reversed, in 1 to %d characters.".formatted(MAX_REASON), "reason");
        }
        payment.parts().forEach(part -> ledger.reverse(caller, part.caseId(), id, clean));
        PaymentReversal reversal = new PaymentReversal(clean, clock.instant(), caller.label());
        directory.insertReversal(id, reversal);
        return new PaymentView(payment.id(), payment.amount(), payment.valueDate(), payment.method(), payment.payer(), payment.note(),
                payment.splitScheme(), payment.parts(), payment.registeredAt(), payment.registeredBy(), reversal);
    }

    /** One payment, if the caller may see money on one of its cases. */
    @Transactional(readOnly = true)
    public Optional<PaymentView> find(Caller caller, PaymentId id) {
        return Optional.ofNullable(findMany(caller, List.of(id)).get(id));
    }

    /** Many payments by id in a fixed number of queries, leaving out those the caller may not see. */
    @Transactional(readOnly = true)
    public Map<PaymentId, PaymentView> findMany(Caller caller, Collection<PaymentId> ids) {
        if (!permissions.may(caller, Action.VIEW_MONEY) || ids.isEmpty()) {
            return Map.of();
        }
        Map<PaymentId, PaymentView> found = directory.find(ids);
        Set<CaseId> visible = cases.findMany(caller, found.values().stream()
                .flatMap(p -> p.parts().stream().map(PaymentPart::caseId)).distinct().toList()).keySet();
        Map<PaymentId, PaymentView> result = new LinkedHashMap<>();
        found.forEach((id, payment) -> {
            if (payment.parts().stream().anyMatch(part -> visible.contains(part.caseId()))) {
                result.put(id, payment);
            }
        });
        return result;
    }

    /**
     * Payments, keyset-paged. The payments of one case (filter by case) for whoever may see the case; across cases only
     * for those who see every case, because a payment list cannot be narrowed to teams without reading the cases' table.
     */
    @Transactional(readOnly = true)
    public Page<PaymentView> list(Caller caller, PaymentFilter filter, PaymentOrder order, PageRequest page) {
        permissions.require(caller, Action.VIEW_MONEY);
        if (filter.caseId() != null) {
            if (cases.find(caller, filter.caseId()).isEmpty()) {
                return new Page<>(List.of(), List.of(), false, false, 0);
            }
        } else if (!permissions.may(caller, Action.VIEW_ALL_CASES)) {
            throw new DomainException(ErrorCode.PERMISSION_DENIED,
                    "%s may list payments of one case at a time only.".formatted(caller.label()), "filter.caseId");
        }
        return directory.page(filter, order, page);
    }

    private void book(Caller caller, PaymentView payment) {
        directory.insert(payment);
        for (PaymentPart part : payment.parts()) {
            ledger.receive(caller, new IncomingPayment(part.caseId(), payment.id(), part.amount(), payment.valueDate(),
                    part.designatedClaims()));
        }
    }

    private static List<PaymentPart> designatedParts(List<PaymentSplit.Part> named, Money amount) {
        List<PaymentPart> parts = new ArrayList<>();
        Money sum = Money.zero(amount.currency());
        for (int i = 0; i < named.size(); i++) {
            Money part = checkedAmount(named.get(i).amount(), amount.currency(), amount.currency(), "parts." + i + ".amount");
            parts.add(new PaymentPart(named.get(i).caseId(), part, List.of()));
            sum = sum.plus(part);
        }
        if (!sum.equals(amount)) {
            throw new DomainException(ErrorCode.SPLIT_DOES_NOT_ADD_UP,
                    "The parts add up to %s, the payment is %s.".formatted(sum, amount), "parts");
        }
        return parts;
    }

    /** Each case in turn, oldest first, up to what it owes; what is left over stays on the oldest case as credit. */
    private static List<PaymentPart> oldestFirst(Money amount, List<CaseView> oldestFirst, Map<CaseId, Money> owed) {
        Map<CaseId, Money> shares = new LinkedHashMap<>();
        Money left = amount;
        for (CaseView kase : oldestFirst) {
            Money take = left.compareTo(owed.get(kase.id())) <= 0 ? left : owed.get(kase.id());
            shares.put(kase.id(), take);
            left = left.minus(take);
        }
        shares.merge(oldestFirst.get(0).id(), left, Money::plus);
        return parts(shares);
    }

    /** In proportion to what each case owes; beyond what they all owe, the rest stays on the oldest case as credit. */
    private static List<PaymentPart> proRata(Money amount, List<CaseView> oldestFirst, Map<CaseId, Money> owed) {
        List<Money> weights = oldestFirst.stream().map(c -> owed.get(c.id())).toList();
        Money total = weights.stream().reduce(Money.zero(amount.currency()), Money::plus);
        if (total.isZero() || amount.compareTo(total) >= 0) {
            return oldestFirst(amount, oldestFirst, owed);
        }
        List<Money> split = amount.proRata(weights);
        Map<CaseId, Money> shares = new LinkedHashMap<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            shares.put(oldestFirst.get(i).id(), split.get(i));
        }
        return parts(shares);
    }

    private static List<PaymentPart> parts(Map<CaseId, Money> shares) {
        return shares.entrySet().stream().filter(e -> !e.getValue().isZero())
                .map(e -> new PaymentPart(e.getKey(), e.getValue(), List.of())).toList();
    }

    /** A split is for one debtor's cases: at least one debtor must be on every case. */
    private void requireSameDebtor(Caller caller, List<CaseId> ids, String field) {
        Map<CaseId, List<CaseParty>> parties = cases.partiesOf(caller, ids);
        Set<PartyId> common = null;
        for (CaseId id : ids) {
            Set<PartyId> debtors = new HashSet<>(parties.getOrDefault(id, List.of()).stream()
                    .filter(p -> p.role() == CaseRole.DEBTOR).map(CaseParty::party).toList());
            if (common == null) {
                common = debtors;
            } else {
                common.retainAll(debtors);
            }
        }
        if (common == null || common.isEmpty()) {
            throw new DomainException(ErrorCode.NOT_SAME_DEBTOR, "The cases have no debtor in common.", field);
        }
    }

    /** The currency each case is kept in: its claims'. */
    private Map<CaseId, Currency> currencyOf(List<CaseId> ids) {
        Map<CaseId, Currency> result = new LinkedHashMap<>();
        cases.claimsOf(Caller.system(), ids).forEach((id, claims) -> result.put(id,
                claims.stream().map(ClaimView::principal).map(Money::currency).findFirst().orElse(Currency.getInstance("EUR"))));
        return result;
    }

    private void checkCommon(Caller caller, LocalDate valueDate, @Nullable PartyId payer, @Nullable String note) {
        if (valueDate.isAfter(LocalDate.now(clock))) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, "The value date %s is after today.".formatted(valueDate), "valueDate");
        }
        if (payer != null && parties.find(caller, payer).isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No such party.", "payerId");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A note has at most %d characters.".formatted(MAX_NOTE), "note");
        }
    }

    private static Money checkedAmount(BigDecimal amount, @Nullable Currency given, Currency expected, String field) {
        if (given != null && !given.equals(expected)) {
            throw new DomainException(ErrorCode.CURRENCY_MISMATCH, "The case is kept in %s, not %s."
                    .formatted(expected.getCurrencyCode(), given.getCurrencyCode()), "currency");
        }
        if (amount.signum() <= 0 || amount.compareTo(LARGEST) > 0) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "An amount must be more than zero.", field);
        }
        try {
            return new Money(amount, expected);
        } catch (ArithmeticException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "%s has more decimals than %s allows."
                    .formatted(amount.toPlainString(), expected.getCurrencyCode()), field);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
