package io.vorda.ledger;

import io.vorda.cases.CaseId;
import io.vorda.cases.ClaimView;
import io.vorda.client.ClientView;
import io.vorda.interest.AccruedInterest;
import io.vorda.interest.InterestBasis;
import io.vorda.interest.InterestCalculator;
import io.vorda.interest.InterestPause;
import io.vorda.interest.InterestPeriod;
import io.vorda.ledger.allocation.Allocator;
import io.vorda.ledger.allocation.AllocationRules;
import io.vorda.ledger.allocation.Applied;
import io.vorda.ledger.allocation.ClaimAccount;
import io.vorda.ledger.allocation.ClaimBalance;
import io.vorda.ledger.allocation.Outcome;
import io.vorda.ledger.allocation.Receipt;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One case's account in memory, built from its postings, its claims and its client's terms: balances and statements at
 * any date, and the re-allocation of its payments. Nothing here touches the database.
 */
final class CaseBook {

    private static final Comparator<PostingView> PAYMENT_ORDER =
            Comparator.comparing(PostingView::valueDate).thenComparingLong(PostingView::sequence);

    private final CaseId caseId;
    private final Currency currency;
    private final List<ClaimView> claims;
    private final ClientView client;
    private final InterestCalculator engine;
    private final List<PostingView> postings;
    private final List<InterestPause> pauses;
    private final Map<PostingId, PostingView> byId = new HashMap<>();
    private final Set<PostingId> reversed = new HashSet<>();
    private final Map<UUID, ClaimAccount> accounts = new LinkedHashMap<>();
    private final Map<UUID, @Nullable InterestBasis> bases = new HashMap<>();

    /** {@code pauses}: days on which no claim of the case bears interest (frozen by payment plans). */
    CaseBook(CaseId caseId, List<ClaimView> claims, ClientView client, List<PostingView> postings, InterestCalculator engine,
             List<InterestPause> pauses) {
        this.caseId = caseId;
        this.pauses = List.copyOf(pauses);
        this.claims = List.copyOf(claims);
        this.client = client;
        this.engine = engine;
        this.postings = List.copyOf(postings);
        this.currency = claims.isEmpty() ? client.currency() : claims.get(0).principal().currency();
        for (ClaimView claim : claims) {
            InterestBasis basis = InterestTerms.basis(client, claim);
            bases.put(claim.id(), basis);
            accounts.put(claim.id(), new ClaimAccount(claim.id(), claim.invoiceDate(), claim.dueDate(), currency, basis,
                    InterestTerms.DAY_COUNT, engine, this.pauses));
        }
        for (PostingView posting : postings) {
            byId.put(posting.id(), posting);
            if (posting.reverses() != null) {
                reversed.add(posting.reverses());
            }
        }
        for (PostingView posting : postings) {
            ClaimAccount account = posting.claimId() == null ? null : accounts.get(posting.claimId());
            if (account == null || posting.component() == null) {
                continue;
            }
            switch (effectiveKind(posting)) {
                case PRINCIPAL, COST, INTEREST_ACCRUAL, WRITE_OFF -> account.charge(posting.component(), posting.valueDate(), posting.amount());
                case ALLOCATION -> account.apply(posting.valueDate(), posting.component(), posting.amount().negate());
                default -> { } // payments and credits belong to the case, not to a claim
            }
        }
    }

    /** The same case with more postings booked. */
    CaseBook with(List<PostingView> more) {
        List<PostingView> all = new ArrayList<>(postings);
        all.addAll(more);
        return new CaseBook(caseId, claims, client, all, engine, pauses);
    }

    Currency currency() {
        return currency;
    }

    List<ClaimView> claims() {
        return claims;
    }

    ClientView client() {
        return client;
    }

    /** Whether a cost whose explanation starts with {@code marker} is booked and not reversed. */
    boolean hasActiveCost(String marker) {
        return postings.stream().anyMatch(p -> p.kind() == PostingKind.COST && !reversed.contains(p.id())
                && p.explanation() != null && p.explanation().startsWith(marker));
    }

    boolean hasClaim(UUID claim) {
        return accounts.containsKey(claim);
    }

    /** The active PAYMENT posting of a payment on this case, if it was booked and not reversed. */
    @Nullable PostingView activePayment(PaymentId payment) {
        return postings.stream().filter(p -> p.kind() == PostingKind.PAYMENT && payment.equals(p.payment()) && !reversed.contains(p.id()))
                .findFirst().orElse(null);
    }

    boolean hasPayment(PaymentId payment) {
        return postings.stream().anyMatch(p -> p.kind() == PostingKind.PAYMENT && payment.equals(p.payment()));
    }

    /** The case's balance at the end of {@code day}. */
    Balance balanceAt(LocalDate day) {
        Balance total = Balance.zero(day, currency);
        for (ClaimAccount account : accounts.values()) {
            total = total.plus(balance(day, account.balanceAt(day)));
        }
        Money credit = creditAt(day);
        return total.plus(new Balance(day, zero(), zero(), zero(), credit, credit));
    }

    /** What a payment on {@code valueDate} could settle on this case (before any payment booked on a later day). */
    Money owedOn(LocalDate valueDate) {
        Money owed = zero();
        for (ClaimAccount account : accounts.values()) {
            owed = account.owedOn(valueDate).values().stream().reduce(owed, Money::plus);
        }
        return owed;
    }

    /** The statement of account at the end of {@code day}. */
    CaseMoney moneyAt(LocalDate day) {
        Map<UUID, ClaimView> claimsById = claimsById();
        List<ClaimMoney> claimMoney = new ArrayList<>();
        Balance total = Balance.zero(day, currency);
        boolean confirmed = true;
        for (ClaimView claim : claims) {
            ClaimAccount account = accounts.get(claim.id());
            AccruedInterest interest = account.interestTo(day);
            Balance balance = balance(day, account.balanceAt(day));
            total = total.plus(balance);
            confirmed &= interest.isConfirmed();
            List<ChargeView> charges = postings.stream()
                    .filter(p -> claim.id().equals(p.claimId()) && (p.kind() == PostingKind.COST || p.kind() == PostingKind.INTEREST_ACCRUAL)
                            && !p.valueDate().isAfter(day))
                    .map(p -> new ChargeView(p.id(), p.kind(), p.amount(), p.valueDate(), Objects.requireNonNullElse(p.explanation(), ""),
                            reversed.contains(p.id())))
                    .toList();
            List<InterestPeriod> periods = interest.periods();
            claimMoney.add(new ClaimMoney(claim, balance, account.interestStart(), InterestTerms.describe(bases.get(claim.id())),
                    interest.isConfirmed(), periods, charges));
        }
        Money credit = creditAt(day);
        total = total.plus(new Balance(day, zero(), zero(), zero(), credit, credit));
        List<AppliedPayment> payments = postings.stream()
                .filter(p -> p.kind() == PostingKind.PAYMENT && !p.valueDate().isAfter(day)).sorted(PAYMENT_ORDER)
                .map(p -> applied(p, postings, claimsById, reversed)).toList();
        List<PostingView> shown = postings.stream().filter(p -> !p.valueDate().isAfter(day)).toList();
        return new CaseMoney(caseId, day, total, confirmed, claimMoney, payments, shown);
    }

    /**
     * Re-allocation, append-only: replays every active payment in value-date order over the claims' charges and
     * compares the outcome with what is booked. From the first payment whose booked allocation differs (a payment dated
     * earlier than others, a reversal, a new charge), every later payment's allocations and credit are reversed and
     * booked again as the replay says; what comes before stays untouched.
     */
    List<PostingView> reallocate(Instant now, String actor) {
        List<PostingView> paymentPostings = postings.stream().filter(p -> p.kind() == PostingKind.PAYMENT).sorted(PAYMENT_ORDER).toList();
        List<Receipt> receipts = paymentPostings.stream().filter(p -> !reversed.contains(p.id()))
                .map(p -> new Receipt(p.payment(), p.valueDate(), p.amount(), p.designatedClaims())).toList();
        Outcome outcome = Allocator.allocate(accounts.values().stream().map(ClaimAccount::withoutApplications).toList(), receipts,
                AllocationRules.of(client.jurisdiction(), client.terms().allocationOrder()));
        Map<PaymentId, List<PostingView>> booked = new HashMap<>();
        for (PostingView p : postings) {
            if ((p.kind() == PostingKind.ALLOCATION || p.kind() == PostingKind.CREDIT) && !reversed.contains(p.id())) {
                booked.computeIfAbsent(p.payment(), k -> new ArrayList<>()).add(p);
            }
        }
        List<PostingView> changes = new ArrayList<>();
        boolean differs = false;
        for (PostingView payment : paymentPostings) {
            PaymentId id = payment.payment();
            List<PostingView> bookedNow = booked.getOrDefault(id, List.of());
            List<Applied> applied = outcome.applied().getOrDefault(id, List.of());
            Money credit = outcome.credit().getOrDefault(id, zero());
            differs = differs || !same(bookedNow, applied, credit);
            if (differs) {
                String reason = "re-allocated";
                bookedNow.forEach(p -> changes.add(p.reversal(now, reason, actor)));
                for (Applied a : applied) {
                    changes.add(PostingView.of(caseId, a.claim(), PostingKind.ALLOCATION, a.component(), a.amount().negate(),
                            payment.valueDate(), now, id, null, actor));
                }
                if (!credit.isZero()) {
                    changes.add(PostingView.of(caseId, null, PostingKind.CREDIT, null, credit, payment.valueDate(), now, id,
                            "paid beyond what is owed: held for the debtor", actor));
                }
            }
        }
        return changes;
    }

    /** This case's part of a payment (booked here) with what it settles now. */
    AppliedPayment applied(PaymentId payment) {
        PostingView posting = postings.stream().filter(p -> p.kind() == PostingKind.PAYMENT && payment.equals(p.payment()))
                .findFirst().orElseThrow();
        return applied(posting, postings, claimsById(), reversed);
    }

    /** A case's part of a payment with what it settles now, from that payment's postings on the case. */
    static AppliedPayment applied(PostingView payment, List<PostingView> postings, Map<UUID, ClaimView> claims, Set<PostingId> reversed) {
        List<Allocation> allocations = new ArrayList<>();
        Money credit = Money.zero(payment.amount().currency());
        for (PostingView p : postings) {
            if (!payment.payment().equals(p.payment()) || reversed.contains(p.id())) {
                continue;
            }
            if (p.kind() == PostingKind.ALLOCATION && claims.containsKey(p.claimId())) {
                allocations.add(new Allocation(claims.get(p.claimId()), p.component(), p.amount().negate()));
            } else if (p.kind() == PostingKind.CREDIT) {
                credit = credit.plus(p.amount());
            }
        }
        List<ClaimView> designated = payment.designatedClaims().stream().filter(claims::containsKey).map(claims::get).toList();
        return new AppliedPayment(payment.payment(), payment.caseId(), payment.valueDate(), payment.amount(), designated,
                reversed.contains(payment.id()), allocations, credit);
    }

    private boolean same(List<PostingView> booked, List<Applied> applied, Money credit) {
        Map<String, BigDecimal> bookedSums = new HashMap<>();
        Map<String, BigDecimal> appliedSums = new HashMap<>();
        for (PostingView p : booked) {
            String key = p.kind() == PostingKind.CREDIT ? "credit" : p.claimId() + "/" + p.component();
            bookedSums.merge(key, p.kind() == PostingKind.CREDIT ? p.amount().amount() : p.amount().amount().negate(), BigDecimal::add);
        }
        applied.forEach(a -> appliedSums.merge(a.claim() + "/" + a.component(), a.amount().amount(), BigDecimal::add));
        if (!credit.isZero()) {
            appliedSums.merge("credit", credit.amount(), BigDecimal::add);
        }
        bookedSums.values().removeIf(v -> v.signum() == 0);
        appliedSums.values().removeIf(v -> v.signum() == 0);
        return bookedSums.equals(appliedSums);
    }

    private Money creditAt(LocalDate day) {
        Money credit = zero();
        for (PostingView p : postings) {
            if (effectiveKind(p) == PostingKind.CREDIT && !p.valueDate().isAfter(day)) {
                credit = credit.plus(p.amount());
            }
        }
        return credit;
    }

    private PostingKind effectiveKind(PostingView posting) {
        if (posting.kind() != PostingKind.REVERSAL) {
            return posting.kind();
        }
        PostingView original = byId.get(posting.reverses());
        return original == null ? PostingKind.REVERSAL : original.kind();
    }

    private Balance balance(LocalDate day, ClaimBalance claim) {
        return new Balance(day, claim.principal(), claim.interest(), claim.costs(), claim.paid(), zero());
    }

    private Map<UUID, ClaimView> claimsById() {
        Map<UUID, ClaimView> result = new HashMap<>();
        claims.forEach(c -> result.put(c.id(), c));
        return result;
    }

    private Money zero() {
        return Money.zero(currency);
    }
}
