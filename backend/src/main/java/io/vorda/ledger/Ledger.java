package io.vorda.ledger;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseViewer;
import io.vorda.cases.CaseReminderView;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.ClaimAdded;
import io.vorda.cases.ClaimView;
import io.vorda.cases.ReminderKind;
import io.vorda.cases.ReminderRecorded;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The per-case account: append-only postings (principal, costs, payments, allocations, credit, reversals), balances
 * and statements at any date with interest computed to the day, and the allocation of payments by the jurisdiction's
 * order, the client's choice and the debtor's designation. Every money event re-allocates what it affects and
 * rewrites the case's balance snapshot in the same transaction. A case the caller may not see is "not found".
 */
@Singleton
public class Ledger {

    private static final int MAX_EXPLANATION = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

    private final Postings postings;
    private final BalanceSnapshots snapshots;
    private final Books books;
    private final NightlyAccrual nightly;
    private final AccrualRuns runs;
    private final CostAssessor costs;
    private final Cases cases;
    private final Permissions permissions;
    private final ApplicationEventPublisher<PaymentsChanged> paymentsChanged;
    private final Clock clock;

    Ledger(Postings postings, BalanceSnapshots snapshots, Books books, NightlyAccrual nightly, AccrualRuns runs, CostAssessor costs,
           Cases cases, Permissions permissions, ApplicationEventPublisher<PaymentsChanged> paymentsChanged, Clock clock) {
        this.postings = postings;
        this.snapshots = snapshots;
        this.books = books;
        this.nightly = nightly;
        this.runs = runs;
        this.costs = costs;
        this.cases = cases;
        this.permissions = permissions;
        this.paymentsChanged = paymentsChanged;
        this.clock = clock;
    }

    /**
     * Books a case's part of a payment and allocates it — and, when it is dated before payments already allocated,
     * re-allocates those after it. What nothing is owed for becomes credit on the case.
     */
    @Transactional
    public AppliedPayment receive(Caller caller, IncomingPayment payment) {
        permissions.require(caller, Action.REGISTER_PAYMENTS);
        CaseView kase = visible(caller, payment.caseId());
        CaseBook after = change(kase, caller, book -> {
            if (payment.amount().isNegative() || payment.amount().isZero()) {
                throw new DomainException(ErrorCode.INVALID_AMOUNT, "A payment must be more than zero.", "amount");
            }
            if (!payment.amount().currency().equals(book.currency())) {
                throw new DomainException(ErrorCode.CURRENCY_MISMATCH, "The case is kept in %s, not %s."
                        .formatted(book.currency().getCurrencyCode(), payment.amount().currency().getCurrencyCode()), "currency");
            }
            notInFuture(payment.valueDate(), "valueDate");
            for (int i = 0; i < payment.designatedClaims().size(); i++) {
                if (!book.hasClaim(payment.designatedClaims().get(i))) {
                    throw new DomainException(ErrorCode.NOT_FOUND, "The case has no such claim.", "designatedClaimIds." + i);
                }
            }
            if (book.hasPayment(payment.payment())) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "This payment is booked on the case already.", "paymentId");
            }
            return List.of(PostingView.of(kase.id(), null, PostingKind.PAYMENT, null, payment.amount(), payment.valueDate(),
                    clock.instant(), payment.payment(), null, caller.label()).withDesignation(payment.designatedClaims()));
        });
        paymentsChanged.publishEvent(new PaymentsChanged(kase.id(), payment.payment(), false));
        return after.applied(payment.payment());
    }

    /** Reverses a case's part of a payment with a reason; its allocations are undone and later payments re-allocated. */
    @Transactional
    public void reverse(Caller caller, CaseId caseId, PaymentId payment, String reason) {
        permissions.require(caller, Action.REVERSE_PAYMENTS);
        CaseView kase = visible(caller, caseId);
        change(kase, caller, book -> {
            PostingView active = book.activePayment(payment);
            if (active == null) {
                throw book.hasPayment(payment)
                        ? new DomainException(ErrorCode.PAYMENT_ALREADY_REVERSED, "The payment was reversed already.", "paymentId")
                        : new DomainException(ErrorCode.NOT_FOUND, "No such payment on the case.", "paymentId");
            }
            return List.of(active.reversal(clock.instant(), explanation(reason, "reason"), caller.label()));
        });
        paymentsChanged.publishEvent(new PaymentsChanged(kase.id(), payment, true));
    }

    /**
     * Charges collection costs (or interest as a fixed amount) on a claim, with the rule that produced them. Statutory
     * cost scales compute the amount; this books it, and re-allocates payments dated after its value date.
     */
    @Transactional
    public ChargeView charge(Caller caller, NewCharge charge) {
        permissions.require(caller, Action.CHARGE_COSTS);
        CaseView kase = visible(caller, charge.caseId());
        if (charge.kind() != PostingKind.COST && charge.kind() != PostingKind.INTEREST_ACCRUAL) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Only costs and fixed interest are charged this way.", "kind");
        }
        PostingView posting = PostingView.of(kase.id(), charge.claimId(), charge.kind(),
                charge.kind() == PostingKind.COST ? Component.COST : Component.INTEREST, charge.amount(), charge.valueDate(),
                clock.instant(), null, explanation(charge.explanation(), "explanation"), caller.label());
        change(kase, caller, book -> {
            if (!book.hasClaim(charge.claimId())) {
                throw new DomainException(ErrorCode.NOT_FOUND, "The case has no such claim.", "claimId");
            }
            if (charge.amount().isNegative() || charge.amount().isZero()) {
                throw new DomainException(ErrorCode.INVALID_AMOUNT, "A charge must be more than zero.", "amount");
            }
            if (!charge.amount().currency().equals(book.currency())) {
                throw new DomainException(ErrorCode.CURRENCY_MISMATCH, "The case is kept in " + book.currency().getCurrencyCode(), "amount");
            }
            notInFuture(charge.valueDate(), "valueDate");
            return List.of(posting);
        });
        return new ChargeView(posting.id(), posting.kind(), posting.amount(), posting.valueDate(), posting.explanation(), false);
    }

    /** The statutory collection costs of a case today per its jurisdiction's cost scale, and whether they are charged. */
    @Transactional(readOnly = true)
    public StatutoryCosts statutoryCosts(Caller caller, CaseId caseId) {
        permissions.require(caller, Action.VIEW_MONEY);
        CaseView kase = visible(caller, caseId);
        return costs.assess(kase, books.of(kase), reminders(kase), LocalDate.now(clock));
    }

    /**
     * Charges the statutory collection costs the cost scale gives today, once: refused while they are not chargeable
     * (no 14-day letter, term still running) and when they are charged already (and not reversed). Each amount is due
     * from the day it became chargeable and names its rule.
     */
    @Transactional
    public StatutoryCosts chargeStatutoryCosts(Caller caller, CaseId caseId) {
        permissions.require(caller, Action.CHARGE_COSTS);
        CaseView kase = visible(caller, caseId);
        LocalDate today = LocalDate.now(clock);
        List<CaseReminderView> reminders = reminders(kase);
        CaseBook after = change(kase, caller, book -> {
            StatutoryCosts assessed = costs.assess(kase, book, reminders, today);
            if (assessed.isCharged()) {
                throw new DomainException(ErrorCode.COSTS_ALREADY_CHARGED, "The statutory collection costs are charged on this case already.", "caseId");
            }
            if (!assessed.isChargeable() || assessed.total().isZero()) {
                LocalDate from = assessed.chargeableFrom();
                throw new DomainException(ErrorCode.COSTS_NOT_CHARGEABLE, assessed.total().isZero() && assessed.isChargeable()
                        ? "The cost scale gives nothing to charge." : from == null
                        ? "The costs cannot be charged yet: a required letter or reminder is not recorded."
                        : "The costs can be charged from %s.".formatted(from), "caseId");
            }
            return assessed.costs().stream().filter(c -> !c.cost().amount().isZero())
                    .map(c -> PostingView.of(kase.id(), c.claim().id(), PostingKind.COST, Component.COST, c.cost().amount(),
                            java.util.Objects.requireNonNull(c.cost().chargeableFrom()), clock.instant(), null,
                            CostAssessor.explanation(c.cost()), caller.label())).toList();
        });
        return costs.assess(kase, after, reminders, today);
    }

    /**
     * Statements of account of many cases at the end of {@code asOf} (today when null), in a fixed number of queries;
     * empty for callers who may not see money.
     */
    @Transactional(readOnly = true)
    public Map<CaseId, CaseMoney> moneyOf(Caller caller, Collection<CaseId> ids, @Nullable LocalDate asOf) {
        Map<CaseId, CaseMoney> result = new LinkedHashMap<>();
        if (!permissions.may(caller, Action.VIEW_MONEY) || ids.isEmpty()) {
            return result;
        }
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        books.of(cases.findMany(caller, ids).values()).forEach((id, book) -> result.put(id, book.moneyAt(day)));
        return result;
    }

    /** What a payment on {@code valueDate} could settle on each case: open components, interest up to the day before. */
    @Transactional(readOnly = true)
    public Map<CaseId, Money> owedOn(Caller caller, Collection<CaseId> ids, LocalDate valueDate) {
        permissions.require(caller, Action.VIEW_MONEY);
        Map<CaseId, Money> result = new LinkedHashMap<>();
        books.of(cases.findMany(caller, ids).values()).forEach((id, book) -> result.put(id, book.owedOn(valueDate)));
        return result;
    }

    /**
     * The open balance of each case from its snapshot (kept up to date by every money event and the nightly run), in
     * two queries — for lists. Empty for callers who may not see money.
     */
    @Transactional(readOnly = true)
    public Map<CaseId, Money> openBalances(CaseViewer viewer, Collection<CaseId> ids) {
        if (!permissions.may(viewer.caller(), Action.VIEW_MONEY) || ids.isEmpty()) {
            return Map.of();
        }
        return snapshots.openOf(cases.visible(viewer, ids)); // a case list's page: checked already, no statement
    }

    /** What each payment settles on each case it was booked on that the caller may see, in a fixed number of queries. */
    @Transactional(readOnly = true)
    public Map<PaymentId, List<AppliedPayment>> paymentsOf(Caller caller, Collection<PaymentId> payments) {
        Map<PaymentId, List<AppliedPayment>> result = new LinkedHashMap<>();
        payments.forEach(p -> result.put(p, new ArrayList<>()));
        if (!permissions.may(caller, Action.VIEW_MONEY) || payments.isEmpty()) {
            return result;
        }
        List<PostingView> all = postings.ofPayments(payments);
        Set<CaseId> visible = cases.findMany(caller, all.stream().map(PostingView::caseId).distinct().toList()).keySet();
        Map<UUID, ClaimView> claims = new HashMap<>();
        cases.claimsOf(Caller.system(), visible).values().forEach(list -> list.forEach(c -> claims.put(c.id(), c)));
        Set<PostingId> reversed = new HashSet<>();
        all.stream().filter(p -> p.reverses() != null).forEach(p -> reversed.add(p.reverses()));
        for (PostingView p : all) {
            if (p.kind() == PostingKind.PAYMENT && visible.contains(p.caseId())) {
                List<PostingView> onCase = all.stream().filter(o -> o.caseId().equals(p.caseId())).toList();
                result.get(p.payment()).add(CaseBook.applied(p, onCase, claims, reversed));
            }
        }
        return result;
    }

    /**
     * Brings every case's balance snapshot to today (interest grows every day), in keyset chunks, resuming a failed or
     * abandoned run; returns the run's outcome. A run already done today, or alive on another instance, is left alone.
     */
    public AccrualRunView runAccrual(Caller caller) {
        permissions.require(caller, Action.MANAGE_ACCRUAL_RUNS);
        return nightly.run(caller.label());
    }

    /** As {@link #runAccrual}, started by hand with a reason (after a rate correction, for a benchmark). */
    public AccrualRunView startAccrualRun(Caller caller, String reason) {
        permissions.require(caller, Action.MANAGE_ACCRUAL_RUNS);
        String why = explanation(reason, "reason");
        LOG.info("Accrual run started by {}: {}", caller.label(), why);
        return nightly.run(caller.label());
    }

    /**
     * Of these cases, those whose balance snapshot an interest rate change has made possibly wrong and the accrual run
     * has not recomputed yet; empty for callers who may not see money.
     */
    @Transactional(readOnly = true)
    public Set<CaseId> outdatedOpenBalances(CaseViewer viewer, Collection<CaseId> ids) {
        if (!permissions.may(viewer.caller(), Action.VIEW_MONEY) || ids.isEmpty()) {
            return Set.of();
        }
        return snapshots.outdatedOf(cases.visible(viewer, ids));
    }

    /** The latest accrual runs, newest first. */
    @Transactional(readOnly = true)
    public List<AccrualRunView> accrualRuns(Caller caller, int limit) {
        permissions.require(caller, Action.MANAGE_ACCRUAL_RUNS);
        return runs.latest(Math.max(1, Math.min(limit, 100)));
    }

    /** Posts a claim's principal (value date: the invoice date), inside the transaction that adds the claim. */
    void postPrincipal(ClaimAdded event) {
        ClaimView claim = event.claim();
        CaseView kase = cases.find(Caller.system(), claim.caseId()).orElseThrow();
        change(kase, Caller.system(), book -> List.of(PostingView.of(kase.id(), claim.id(), PostingKind.PRINCIPAL,
                Component.PRINCIPAL, claim.principal(), claim.invoiceDate(), clock.instant(), null,
                "Principal of invoice " + claim.invoiceNumber(), event.actor())));
    }

    /**
     * A Belgian consumer's first reminder was recorded: it decides from which day the case bears interest (Book XIX
     * WER), so what earlier payments settled is allocated again and the balance snapshot rewritten, in the caller's
     * transaction. Other reminders change no interest and cost nothing here.
     */
    void reminderRecorded(ReminderRecorded event) {
        if (event.kind() != ReminderKind.BE_FIRST_REMINDER) {
            return;
        }
        cases.find(Caller.system(), event.caseId()).ifPresent(kase -> change(kase, Caller.system(), book -> List.of()));
    }

    /**
     * One money event: under the case's lock, check and book the event's postings, re-allocate what they affect, and
     * rewrite the balance snapshot — all in the caller's transaction.
     */
    private CaseBook change(CaseView kase, Caller caller, Function<CaseBook, List<PostingView>> event) {
        postings.lock(kase.id());
        CaseBook before = books.of(kase);
        List<PostingView> booked = event.apply(before);
        postings.append(booked);
        CaseBook withEvent = before.with(booked);
        Instant now = clock.instant();
        List<PostingView> reallocation = withEvent.reallocate(now, caller.label());
        postings.append(reallocation);
        CaseBook after = withEvent.with(reallocation);
        snapshots.save(kase.id(), after.balanceAt(LocalDate.now(clock)), now);
        return after;
    }

    private List<CaseReminderView> reminders(CaseView kase) {
        return cases.remindersOf(Caller.system(), List.of(kase.id())).getOrDefault(kase.id(), List.of());
    }

    private CaseView visible(Caller caller, CaseId id) {
        return cases.find(caller, id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such case.", "caseId"));
    }

    private void notInFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, "%s is after today.".formatted(date), field);
        }
    }

    private static String explanation(@Nullable String text, String field) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_EXPLANATION) {
            throw new DomainException(clean.isEmpty() ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT,
                    "Say why, in 1 to %d characters.".formatted(MAX_EXPLANATION), field);
        }
        return clean;
    }
}
