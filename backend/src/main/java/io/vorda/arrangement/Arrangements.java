package io.vorda.arrangement;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.calendar.BusinessCalendar;
import io.vorda.calendar.BusinessCalendars;
import io.vorda.cases.CaseClosed;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseStatus;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.client.ClientId;
import io.vorda.client.Clients;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Payment plans and promises to pay on a case. A plan covers the case's open balance on the day it is agreed: an
 * optional down payment and instalments at a frequency, due on business days of the case's jurisdiction, the
 * remainder cent on the last one. A case has at most one running plan; while it runs the case is in PAYMENT_PLAN,
 * while a promise is pending in PROMISE. Plans and promises are judged daily by {@link ArrangementMonitor}. Callers
 * need MANAGE_ARRANGEMENTS to change anything and see the arrangements of the cases they may see. Each method is one
 * transaction; a refused request saves nothing.
 */
@Singleton
public class Arrangements {

    private static final Set<CaseStatus> PLANNABLE = EnumSet.of(CaseStatus.NEW, CaseStatus.ACTIVE, CaseStatus.PROMISE);
    private static final int MAX_TEXT = 500;

    private final PlanRepository plans;
    private final InstalmentRepository instalments;
    private final PromiseRepository promises;
    private final TermsRepository terms;
    private final Cases cases;
    private final Clients clients;
    private final BusinessCalendars calendars;
    private final Permissions permissions;
    private final Optional<CaseMoney> money;
    private final Clock clock;
    private final ApplicationEventPublisher<Object> events;

    Arrangements(PlanRepository plans, InstalmentRepository instalments, PromiseRepository promises, TermsRepository terms,
                 Cases cases, Clients clients, BusinessCalendars calendars, Permissions permissions,
                 Optional<CaseMoney> money, Clock clock, ApplicationEventPublisher<Object> events) {
        this.plans = plans;
        this.instalments = instalments;
        this.promises = promises;
        this.terms = terms;
        this.cases = cases;
        this.clients = clients;
        this.calendars = calendars;
        this.permissions = permissions;
        this.money = money;
        this.clock = clock;
        this.events = events;
    }

    /** The schedule a request would give, computed exactly as {@link #createPlan} would save it. Saves nothing. */
    @Transactional(readOnly = true)
    public SchedulePreview preview(Caller caller, PlanRequest request) {
        return planFor(caller, request).preview();
    }

    /** Agrees a payment plan: saves it and its instalments and moves the case to PAYMENT_PLAN. */
    @Transactional
    public PaymentPlanView createPlan(Caller caller, PlanRequest request) {
        Plan plan = planFor(caller, request);
        SchedulePreview preview = plan.preview();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Money down = preview.instalments().stream().filter(i -> i.kind() == InstalmentKind.DOWN_PAYMENT)
                .map(PlannedInstalment::amount).findFirst().orElse(null);
        PlanRow row = new PlanRow(id, request.caseId().value(), PlanStatus.ACTIVE.name(), plan.subject().jurisdiction().name(),
                request.frequency().name(), preview.interestDuringPlan().name(), preview.openBalance().amount(),
                preview.openBalance().currency().getCurrencyCode(), down == null ? null : down.amount(), preview.graceDays(),
                preview.missedInstalmentsToBreak(), plan.today(), null, null, null, now, caller.label(), now, caller.label(), 0);
        try {
            plans.save(row);
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) { // the partial unique index: someone agreed a plan on this case a moment ago
                throw new DomainException(ErrorCode.PAYMENT_PLAN_ALREADY_ACTIVE, "This case already has a running payment plan.", "caseId");
            }
            throw e;
        }
        BusinessCalendar calendar = calendars.of(plan.subject().jurisdiction());
        List<InstalmentRow> rows = preview.instalments().stream().map(i -> InstalmentRow.planned(id, i,
                graceEnd(calendar, i.dueOn(), preview.graceDays()), now)).toList();
        instalments.saveAll(rows);
        cases.startArrangement(caller, request.caseId(), CaseStatus.PAYMENT_PLAN, "payment plan agreed");
        cases.recordEvent(caller, request.caseId(), "PLAN_CREATED", null, preview.openBalance().toString(),
                "%d %s instalment(s) from %s%s; interest %s".formatted(preview.instalments().stream()
                                .filter(i -> i.kind() == InstalmentKind.INSTALMENT).count(), request.frequency(), request.firstDueOn(),
                        down == null ? "" : ", down payment " + down, preview.interestDuringPlan() == InterestDuringPlan.FROZEN
                                ? "frozen" : "continues"));
        return row.view(rows);
    }

    /** Calls a running plan off with a reason; the case goes back to ACTIVE. */
    @Transactional
    public PaymentPlanView cancelPlan(Caller caller, PaymentPlanId id, String reason) {
        permissions.require(caller, Action.MANAGE_ARRANGEMENTS);
        String why = text(reason, "reason");
        if (why == null) {
            throw new DomainException(ErrorCode.REQUIRED, "Say why the plan is cancelled.", "reason");
        }
        PlanRow row = plans.lock(id.value()).filter(p -> cases.find(caller, new CaseId(p.caseId())).isPresent())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such payment plan.", "paymentPlanId"));
        if (row.planStatus() != PlanStatus.ACTIVE) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "The plan is %s already.".formatted(row.planStatus()),
                    "paymentPlanId");
        }
        CaseId caseId = new CaseId(row.caseId());
        PlanRow cancelled = plans.update(row.ended(PlanStatus.CANCELLED, LocalDate.now(clock), why, clock.instant(), caller.label()));
        cases.endArrangement(caller, caseId, CaseStatus.PAYMENT_PLAN, "payment plan cancelled");
        cases.recordEvent(caller, caseId, "PLAN_CANCELLED", null, null, why);
        events.publishEvent(new PlanCancelled(caseId, id, why));
        return cancelled.view(instalments.findByPlans(List.of(row.id())));
    }

    /**
     * Ends what was arranged on a case that was just closed, in the closing transaction: a running plan is cancelled
     * and pending promises are withdrawn, so the daily check judges nothing on a closed case (no instalment "missed"
     * after the debt was written off or withdrawn).
     */
    @Transactional
    void endForClosedCase(CaseClosed closed) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        String why = "case closed (%s)".formatted(closed.reason());
        Caller system = Caller.system();
        plans.findActive(closed.caseId().value()).ifPresent(plan -> {
            plans.update(plan.ended(PlanStatus.CANCELLED, today, why, now, closed.closedBy()));
            cases.recordEvent(system, closed.caseId(), "PLAN_CANCELLED", null, null, why);
            events.publishEvent(new PlanCancelled(closed.caseId(), new PaymentPlanId(plan.id()), why));
        });
        for (PromiseRow promise : promises.findPending(closed.caseId().value())) {
            promises.update(promise.withdrawn(today, now, closed.closedBy()));
            cases.recordEvent(system, closed.caseId(), "PROMISE_WITHDRAWN", null, promise.money().toString(), why);
        }
    }

    /** Records a debtor's promise to pay an amount by a day; the case goes to PROMISE unless a plan runs. */
    @Transactional
    public PromiseView makePromise(Caller caller, CaseId caseId, LocalDate promisedOn, BigDecimal amount, @Nullable String note) {
        permissions.require(caller, Action.MANAGE_ARRANGEMENTS);
        CaseView subject = visibleCase(caller, caseId);
        LocalDate today = LocalDate.now(clock);
        if (amount.signum() <= 0) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "A promised amount must be more than zero.", "amount");
        }
        Money promised;
        try {
            promised = new Money(amount, subject.currency());
        } catch (ArithmeticException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "%s has more decimals than %s allows."
                    .formatted(amount.toPlainString(), subject.currency().getCurrencyCode()), "amount");
        }
        if (promisedOn.isBefore(today)) {
            throw new DomainException(ErrorCode.DATE_IN_PAST, "A promise cannot be for a day before today (%s).".formatted(today), "promisedOn");
        }
        String clean = text(note, "note");
        int graceDays = termsOf(subject.client()).graceDays();
        Instant now = clock.instant();
        PromiseRow row = promises.save(new PromiseRow(UUID.randomUUID(), caseId.value(), subject.jurisdiction().name(), promisedOn,
                promised.amount(), BigDecimal.ZERO, promised.currency().getCurrencyCode(), graceDays,
                graceEnd(calendars.of(subject.jurisdiction()), promisedOn, graceDays), PromiseStatus.PENDING.name(), null, clean,
                null, now, caller.label(), now, caller.label(), 0));
        cases.startArrangement(caller, caseId, CaseStatus.PROMISE, "promise to pay");
        cases.recordEvent(caller, caseId, "PROMISE_MADE", null, promised.toString(), "to pay by " + promisedOn);
        return row.view();
    }

    /** A plan, if the caller may see its case. */
    @Transactional(readOnly = true)
    public Optional<PaymentPlanView> findPlan(Caller caller, PaymentPlanId id) {
        return plans.findById(id.value()).filter(p -> mayView(caller, p.caseId())).map(p -> views(List.of(p)).get(0));
    }

    /** A promise, if the caller may see its case. */
    @Transactional(readOnly = true)
    public Optional<PromiseView> findPromise(Caller caller, PromiseId id) {
        return promises.findById(id.value()).filter(p -> mayView(caller, p.caseId())).map(PromiseRow::view);
    }

    /** Per case its running plan, else its latest one; cases without a plan, or that the caller may not see, are left out. */
    @Transactional(readOnly = true)
    public Map<CaseId, PaymentPlanView> plansOf(Caller caller, Collection<CaseId> caseIds) {
        Map<CaseId, PaymentPlanView> result = new LinkedHashMap<>();
        List<UUID> visible = visibleIds(caller, caseIds);
        if (!visible.isEmpty()) {
            views(plans.findCurrent(visible)).forEach(view -> result.put(view.caseId(), view));
        }
        return result;
    }

    /** Per case its promises, newest first; every asked case is a key. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<PromiseView>> promisesOf(Caller caller, Collection<CaseId> caseIds) {
        Map<CaseId, List<PromiseView>> result = new LinkedHashMap<>();
        caseIds.forEach(id -> result.put(id, new ArrayList<>()));
        List<UUID> visible = visibleIds(caller, caseIds);
        if (!visible.isEmpty()) {
            promises.findByCases(visible).forEach(p -> result.get(new CaseId(p.caseId())).add(p.view()));
        }
        return result;
    }

    /** The clients' arrangement terms (the standard terms where a client set none), for callers who may see clients. */
    @Transactional(readOnly = true)
    public Map<ClientId, ArrangementTerms> termsOf(Caller caller, Collection<ClientId> clientIds) {
        Map<ClientId, ArrangementTerms> result = new LinkedHashMap<>();
        if (!permissions.may(caller, Action.VIEW_CLIENTS) || clientIds.isEmpty()) {
            return result;
        }
        clientIds.forEach(id -> result.put(id, ArrangementTerms.STANDARD));
        terms.findByClients(clientIds.stream().map(ClientId::value).distinct().toList())
                .forEach(row -> result.put(new ClientId(row.clientId()), row.terms()));
        return result;
    }

    /** Sets a client's arrangement terms; plans agreed before keep the terms they were agreed with. */
    @Transactional
    public ArrangementTerms setTerms(Caller caller, ClientId client, ArrangementTerms newTerms) {
        permissions.require(caller, Action.EDIT_CLIENTS);
        if (clients.find(caller, client).isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No such client.", "clientId");
        }
        if (newTerms.graceDays() < 0 || newTerms.graceDays() > ArrangementTerms.MAX_GRACE_DAYS) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Grace days are 0 to %d.".formatted(ArrangementTerms.MAX_GRACE_DAYS), "graceDays");
        }
        if (newTerms.missedInstalmentsToBreak() < 1 || newTerms.missedInstalmentsToBreak() > 12) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A plan breaks after 1 to 12 missed instalments.", "missedInstalmentsToBreak");
        }
        Instant now = clock.instant();
        Optional<TermsRow> existing = terms.findById(client.value());
        if (existing.isPresent()) {
            terms.update(new TermsRow(client.value(), newTerms.interestDuringPlan().name(), newTerms.graceDays(),
                    newTerms.missedInstalmentsToBreak(), existing.get().createdAt(), existing.get().createdBy(), now, caller.label(),
                    existing.get().version()));
        } else {
            terms.save(new TermsRow(client.value(), newTerms.interestDuringPlan().name(), newTerms.graceDays(),
                    newTerms.missedInstalmentsToBreak(), now, caller.label(), now, caller.label(), 0));
        }
        return newTerms;
    }

    /**
     * Periods in which plans froze interest on the cases, for the ledger's interest accrual (no caller: the ledger
     * asks on the system's behalf while it computes a balance the user may already see).
     */
    @Transactional(readOnly = true)
    public Map<CaseId, List<InterestFreeze>> interestFreezes(Collection<CaseId> caseIds) {
        Map<CaseId, List<InterestFreeze>> result = new LinkedHashMap<>();
        caseIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (!caseIds.isEmpty()) {
            plans.findFrozen(caseIds.stream().map(CaseId::value).distinct().toList()).forEach(p -> result.get(new CaseId(p.caseId()))
                    .add(new InterestFreeze(new PaymentPlanId(p.id()), p.startsOn(), p.endedOn())));
        }
        return result;
    }

    /** A request checked against the case, the client's terms and the open balance; nothing is saved. */
    private Plan planFor(Caller caller, PlanRequest request) {
        permissions.require(caller, Action.MANAGE_ARRANGEMENTS);
        CaseView subject = visibleCase(caller, request.caseId());
        if (plans.findActive(request.caseId().value()).isPresent()) {
            throw new DomainException(ErrorCode.PAYMENT_PLAN_ALREADY_ACTIVE, "This case already has a running payment plan; cancel it first.", "caseId");
        }
        if (!PLANNABLE.contains(subject.status())) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "A case that is %s cannot get a payment plan."
                    .formatted(subject.status()), "caseId");
        }
        ArrangementTerms clientTerms = termsOf(subject.client());
        int graceDays = request.graceDays() == null ? clientTerms.graceDays() : request.graceDays();
        if (graceDays < 0 || graceDays > ArrangementTerms.MAX_GRACE_DAYS) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Grace days are 0 to %d.".formatted(ArrangementTerms.MAX_GRACE_DAYS), "graceDays");
        }
        CaseMoney caseMoney = money.orElseThrow(() -> new DomainException(ErrorCode.BALANCE_UNAVAILABLE,
                "Case balances are not available yet (no ledger is connected), so no plan can be computed."));
        LocalDate today = LocalDate.now(clock);
        Money balance = caseMoney.openBalance(request.caseId(), today);
        List<PlannedInstalment> schedule = Schedule.of(request, balance, today, calendars.of(subject.jurisdiction()));
        Money total = schedule.stream().map(PlannedInstalment::amount).reduce(Money.zero(balance.currency()), Money::plus);
        return new Plan(subject, today, new SchedulePreview(request.caseId(), balance, total, request.frequency(),
                clientTerms.interestDuringPlan(), graceDays, clientTerms.missedInstalmentsToBreak(), schedule));
    }

    private record Plan(CaseView subject, LocalDate today, SchedulePreview preview) {
    }

    private ArrangementTerms termsOf(ClientId client) {
        return terms.findById(client.value()).map(TermsRow::terms).orElse(ArrangementTerms.STANDARD);
    }

    /** The last day a payment still counts as in time: {@code graceDays} after the day, moved to a business day. */
    static LocalDate graceEnd(BusinessCalendar calendar, LocalDate due, int graceDays) {
        return calendar.nextBusinessDayOnOrAfter(due.plusDays(graceDays));
    }

    private List<PaymentPlanView> views(List<PlanRow> rows) {
        Map<UUID, List<InstalmentRow>> byPlan = new LinkedHashMap<>();
        rows.forEach(r -> byPlan.put(r.id(), new ArrayList<>()));
        if (!rows.isEmpty()) {
            instalments.findByPlans(byPlan.keySet()).forEach(i -> byPlan.get(i.planId()).add(i));
        }
        return rows.stream().map(r -> r.view(byPlan.get(r.id()))).toList();
    }

    private CaseView visibleCase(Caller caller, CaseId id) {
        return cases.find(caller, id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such case.", "caseId"));
    }

    private boolean mayView(Caller caller, UUID caseId) {
        return permissions.may(caller, Action.VIEW_CASES) && cases.find(caller, new CaseId(caseId)).isPresent();
    }

    private List<UUID> visibleIds(Caller caller, Collection<CaseId> ids) {
        if (ids.isEmpty() || !permissions.may(caller, Action.VIEW_CASES)) {
            return List.of();
        }
        return cases.visible(caller, ids).stream().map(CaseId::value).toList();
    }

    private static @Nullable String text(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > MAX_TEXT) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "At most %d characters.".formatted(MAX_TEXT), field);
        }
        return clean;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
