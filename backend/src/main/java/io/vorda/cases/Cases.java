package io.vorda.cases;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.access.TeamId;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserId;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.party.Parties;
import io.vorda.party.PartyId;
import io.vorda.party.PartyView;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collection cases. A case is opened for a client against debtors with claims, gets a case reference and a payment
 * reference for the client's jurisdiction, and moves through a validated lifecycle; everything that happens is
 * written to its timeline. Callers see their teams' cases and their own; supervisors and administrators see all;
 * client users the cases of the clients they represent (see {@code CaseVisibility}). A case the caller may not see is
 * "not found". Each method is one transaction.
 */
@Singleton
public class Cases {

    private static final Set<CaseStatus> HOLDABLE = EnumSet.of(CaseStatus.NEW, CaseStatus.ACTIVE, CaseStatus.PROMISE, CaseStatus.PAYMENT_PLAN);

    private final CaseRepository cases;
    private final ClaimRepository claims;
    private final CaseNoteRepository notes;
    private final CaseReminderRepository reminders;
    private final CaseEventRepository events;
    private final CaseDirectory directory;
    private final CaseVisibility visibility;
    private final HoldingDirectory holdings;
    private final Clients clients;
    private final Parties parties;
    private final Users users;
    private final Teams teams;
    private final Permissions permissions;
    private final ApplicationEventPublisher<ClaimAdded> claimAdded;
    private final ApplicationEventPublisher<CaseClosed> caseClosed;
    private final ApplicationEventPublisher<ReminderRecorded> reminderRecorded;
    private final Clock clock;

    Cases(CaseRepository cases, ClaimRepository claims, CaseNoteRepository notes, CaseReminderRepository reminders, CaseEventRepository events,
          CaseDirectory directory, CaseVisibility visibility, HoldingDirectory holdings, Clients clients, Parties parties,
          Users users, Teams teams, Permissions permissions, ApplicationEventPublisher<ClaimAdded> claimAdded,
          ApplicationEventPublisher<CaseClosed> caseClosed, ApplicationEventPublisher<ReminderRecorded> reminderRecorded, Clock clock) {
        this.cases = cases;
        this.claims = claims;
        this.notes = notes;
        this.reminders = reminders;
        this.events = events;
        this.directory = directory;
        this.visibility = visibility;
        this.holdings = holdings;
        this.clients = clients;
        this.parties = parties;
        this.users = users;
        this.teams = teams;
        this.permissions = permissions;
        this.claimAdded = claimAdded;
        this.caseClosed = caseClosed;
        this.reminderRecorded = reminderRecorded;
        this.clock = clock;
    }

    /** Opens a case. Without a team or assignee it goes to the client's default team, else to the caller. */
    @Transactional
    public CaseView open(Caller caller, NewCase input) {
        permissions.require(caller, Action.EDIT_CASES);
        ClientView client = clients.find(caller, input.client())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such client.", "clientId"));
        if (input.debtors().isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "A case needs at least one debtor.", "debtorIds");
        }
        if (input.claims().isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "A case needs at least one claim.", "claims");
        }
        List<CaseParty> everyone = new ArrayList<>();
        input.debtors().forEach(d -> everyone.add(new CaseParty(d, CaseRole.DEBTOR)));
        everyone.addAll(input.others());
        requireParties(caller, everyone.stream().map(CaseParty::party).toList(), "debtorIds");
        for (int i = 0; i < input.claims().size(); i++) {
            checkClaim(input.claims().get(i), client, "claims." + i);
        }
        TeamId team = input.team() != null ? activeTeam(input.team()) : client.defaultTeam();
        UserId assignee = input.assignee() != null ? activeUser(input.assignee()) : null;
        if (team == null && assignee == null && caller.kind() == Caller.Kind.STAFF) {
            assignee = new UserId(caller.id()); // a case nobody works would be invisible to its opener
        }
        LocalDate today = LocalDate.now(clock);
        CaseReference reference = CaseReference.of(today.getYear(), cases.nextSequence(today.getYear()));
        PaymentReference payment = PaymentReference.generate(PaymentReference.schemeFor(client.jurisdiction().name()),
                reference.toString().replace("-", ""));
        Instant now = clock.instant();
        BigDecimal total = input.claims().stream().map(NewClaim::principalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        CaseRow row = cases.save(new CaseRow(UUID.randomUUID(), reference.toString(), payment.value(), payment.scheme().name(),
                client.id().value(), client.jurisdiction().name(), client.currency().getCurrencyCode(), CaseStatus.NEW.name(),
                null, team == null ? null : team.value(), assignee == null ? null : assignee.value(), today, null,
                total, now, caller.label(), now, caller.label(), 0));
        everyone.forEach(p -> directory.addParty(row.id(), p));
        record(row.id(), caller, "OPENED", null, reference.toString(),
                "%d claim(s) for %s".formatted(input.claims().size(), client.name()));
        input.claims().forEach(claim -> saveClaim(row, claim, caller, now));
        return row.view();
    }

    /** Starts collection: NEW → ACTIVE. */
    @Transactional
    public CaseView activate(Caller caller, CaseId id) {
        return transition(caller, id, EnumSet.of(CaseStatus.NEW), CaseStatus.ACTIVE, null, null);
    }

    /** Puts an open case on hold with a reason. */
    @Transactional
    public CaseView hold(Caller caller, CaseId id, HoldReason reason, @Nullable String note) {
        return transition(caller, id, HOLDABLE, CaseStatus.ON_HOLD, reason.name(), note);
    }

    /** Releases a case from hold: ON_HOLD → ACTIVE. */
    @Transactional
    public CaseView release(Caller caller, CaseId id) {
        return transition(caller, id, EnumSet.of(CaseStatus.ON_HOLD), CaseStatus.ACTIVE, null, null);
    }

    /** Closes an open case with a reason; what was arranged on it (a running plan, pending promises) ends with it. */
    @Transactional
    public CaseView close(Caller caller, CaseId id, CloseReason reason, @Nullable String note) {
        CaseView closed = transition(caller, id, CaseStatus.open(), CaseStatus.CLOSED, reason.name(), note);
        caseClosed.publishEvent(new CaseClosed(id, reason, caller.label()));
        return closed;
    }

    /** Reopens a closed case: CLOSED → ACTIVE. */
    @Transactional
    public CaseView reopen(Caller caller, CaseId id) {
        return transition(caller, id, EnumSet.of(CaseStatus.CLOSED), CaseStatus.ACTIVE, null, null);
    }

    /**
     * A payment plan or a promise to pay starts, and the case shows it: NEW, ACTIVE → PROMISE; NEW, ACTIVE, PROMISE
     * → PAYMENT_PLAN (a plan supersedes a promise). A promise made while a plan runs leaves the case in
     * PAYMENT_PLAN. A case on hold, handed over or closed takes no arrangement.
     */
    @Transactional
    public CaseView startArrangement(Caller caller, CaseId id, CaseStatus arrangement, String detail) {
        requireArrangement(arrangement);
        permissions.require(caller, Action.EDIT_CASES);
        CaseRow row = visibleRow(caller, id);
        if (row.caseStatus() == arrangement || row.caseStatus() == CaseStatus.PAYMENT_PLAN && arrangement == CaseStatus.PROMISE) {
            return row.view();
        }
        Set<CaseStatus> from = arrangement == CaseStatus.PAYMENT_PLAN
                ? EnumSet.of(CaseStatus.NEW, CaseStatus.ACTIVE, CaseStatus.PROMISE) : EnumSet.of(CaseStatus.NEW, CaseStatus.ACTIVE);
        return transition(caller, row, from, arrangement, null, detail);
    }

    /**
     * An arrangement ended (completed, kept, broken or cancelled): PAYMENT_PLAN or PROMISE → ACTIVE. A case that
     * moved on meanwhile (put on hold, closed, or now under a plan after a promise) stays where it is.
     */
    @Transactional
    public CaseView endArrangement(Caller caller, CaseId id, CaseStatus arrangement, String detail) {
        requireArrangement(arrangement);
        permissions.require(caller, Action.EDIT_CASES);
        CaseRow row = visibleRow(caller, id);
        if (row.caseStatus() != arrangement) {
            return row.view();
        }
        return transition(caller, row, EnumSet.of(arrangement), CaseStatus.ACTIVE, null, detail);
    }

    /**
     * Writes what another module did on the case's timeline (a plan broken, a promise kept), in the caller's
     * transaction. {@code kind} is an UPPER_SNAKE word of at most 30 characters.
     */
    @Transactional
    public void recordEvent(Caller caller, CaseId id, String kind, @Nullable String before, @Nullable String after,
                            @Nullable String detail) {
        if (!kind.matches("[A-Z][A-Z_]{0,29}")) {
            throw new IllegalArgumentException("not a timeline kind: " + kind);
        }
        permissions.require(caller, Action.EDIT_CASES);
        record(visibleRow(caller, id).id(), caller, kind, before, after, detail);
    }

    /** Which of the cases the caller may see, in one query (for other modules' batch fields on a case). */
    @Transactional(readOnly = true)
    public Set<CaseId> visible(Caller caller, Collection<CaseId> ids) {
        return ids(viewer(caller), ids).stream().map(CaseId::new).collect(Collectors.toSet());
    }

    /** Assigns a case to a team and/or user. */
    @Transactional
    public CaseView assign(Caller caller, CaseId id, Assignment assignment) {
        permissions.require(caller, Action.EDIT_CASES);
        CaseRow row = visibleRow(caller, id);
        UUID team = assignment.changesTeam()
                ? (assignment.team() == null ? null : activeTeam(assignment.team()).value()) : row.teamId();
        UUID assignee = assignment.changesAssignee()
                ? (assignment.assignee() == null ? null : activeUser(assignment.assignee()).value()) : row.assigneeUserId();
        CaseRow saved = save(row.withAssignment(team, assignee, clock.instant(), caller.label()));
        record(row.id(), caller, "ASSIGNED", describe(row.teamId(), row.assigneeUserId()), describe(team, assignee), null);
        return saved.view();
    }

    /** Moves every open case of one user to another user and/or team; returns how many moved. */
    @Transactional
    public int handOver(Caller caller, UserId from, @Nullable UserId toUser, @Nullable TeamId toTeam) {
        permissions.require(caller, Action.HAND_OVER_CASES);
        if (toUser == null && toTeam == null) {
            throw new DomainException(ErrorCode.REQUIRED, "Say who takes the cases over: a user, a team or both.", "toUserId");
        }
        if (from.equals(toUser)) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "The cases cannot be handed over to the one who leaves.", "toUserId");
        }
        UUID user = toUser == null ? null : activeUser(toUser, "toUserId").value();
        UUID team = toTeam == null ? null : activeTeam(toTeam, "toTeamId").value();
        List<CaseRow> open = cases.openCasesOfForUpdate(from.value());
        Instant now = clock.instant();
        for (CaseRow row : open) {
            UUID newTeam = team == null ? row.teamId() : team;
            cases.update(row.withAssignment(newTeam, user, now, caller.label()));
            record(row.id(), caller, "ASSIGNED", describe(row.teamId(), row.assigneeUserId()), describe(newTeam, user), "handover");
        }
        return open.size();
    }

    /** Users who hold open cases, by name, with their open cases per status: who could be handed over, and how much. */
    @Transactional(readOnly = true)
    public List<CaseHolding> holdings(Caller caller) {
        permissions.require(caller, Action.HAND_OVER_CASES);
        Map<UUID, Map<CaseStatus, Integer>> counts = holdings.openCasesByAssignee();
        Map<UserId, UserView> holders = users.findMany(Caller.system(), counts.keySet().stream().map(UserId::new).toList());
        return counts.entrySet().stream().map(e -> new CaseHolding(new UserId(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing((CaseHolding h) -> holders.containsKey(h.user())
                        ? holders.get(h.user()).name().toLowerCase(java.util.Locale.ROOT) : "").thenComparing(h -> h.user().value()))
                .toList();
    }

    /** Adds a note. */
    @Transactional
    public CaseView addNote(Caller caller, CaseId id, String text) {
        permissions.require(caller, Action.EDIT_CASES);
        CaseRow row = visibleRow(caller, id);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > 4000) {
            throw new DomainException(clean.isEmpty() ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT,
                    "A note has 1 to 4000 characters.", "text");
        }
        notes.save(new CaseNoteRow(UUID.randomUUID(), row.id(), clean, caller.label(), clock.instant()));
        record(row.id(), caller, "NOTE_ADDED", null, null, clean.length() > 200 ? clean.substring(0, 200) + "…" : clean);
        return row.view();
    }

    /**
     * Records a reminder with legal effect (NL 14-day letter, BE first reminder) and writes it on the timeline. A Dutch
     * letter needs its receipt date: the 14 days run from the day after receipt (HR 25 Nov 2016), not from sending.
     */
    @Transactional
    public CaseView recordReminder(Caller caller, CaseId id, NewReminder reminder) {
        permissions.require(caller, Action.EDIT_CASES);
        CaseRow row = visibleRow(caller, id);
        LocalDate today = LocalDate.now(clock);
        if (reminder.sentOn().isAfter(today)) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, "%s is after today.".formatted(reminder.sentOn()), "sentOn");
        }
        LocalDate received = reminder.receivedOn();
        if (received == null && reminder.kind() == ReminderKind.NL_FOURTEEN_DAY_LETTER) {
            throw new DomainException(ErrorCode.REQUIRED, "Say when the debtor received the letter: its 14 days run from then.", "receivedOn");
        }
        if (received != null && received.isAfter(today)) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, "%s is after today.".formatted(received), "receivedOn");
        }
        if (received != null && received.isBefore(reminder.sentOn())) {
            throw new DomainException(ErrorCode.INVALID_REMINDER,
                    "It cannot be received on %s, before it was sent on %s.".formatted(received, reminder.sentOn()), "receivedOn");
        }
        reminders.save(new CaseReminderRow(UUID.randomUUID(), row.id(), reminder.kind().name(), reminder.sentOn(), received,
                reminder.channel().name(), caller.label(), clock.instant()));
        record(row.id(), caller, "REMINDER_RECORDED", null, reminder.kind().name(), "sent %s%s by %s".formatted(reminder.sentOn(),
                received == null ? "" : ", received " + received, reminder.channel().name().toLowerCase(java.util.Locale.ROOT)));
        reminderRecorded.publishEvent(new ReminderRecorded(id, reminder.kind())); // the ledger re-reads the case's interest
        return row.view();
    }

    /** Adds a claim to a case that is not closed. */
    @Transactional
    public CaseView addClaim(Caller caller, CaseId id, NewClaim claim) {
        permissions.require(caller, Action.EDIT_CASES);
        CaseRow row = visibleRow(caller, id);
        if (row.caseStatus() == CaseStatus.CLOSED) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "A closed case cannot receive new claims.", "caseId");
        }
        ClientView client = clients.find(Caller.system(), new io.vorda.client.ClientId(row.clientId())).orElseThrow();
        checkClaim(claim, client, "claim");
        Instant now = clock.instant();
        saveClaim(row, claim, caller, now);
        // the list's principal total moves with the claims, in this transaction, as an increment (two claims added at
        // once both count); the version moves too, so an edit made from an older copy cannot write the old total back
        cases.addToPrincipalTotal(row.id(), claim.principalAmount(), now, caller.label());
        return cases.findById(row.id()).orElseThrow().view();
    }

    /** Adds a party in a role (guarantor, lawyer, …, or another debtor). */
    @Transactional
    public CaseView addParty(Caller caller, CaseId id, CaseParty party) {
        permissions.require(caller, Action.EDIT_CASES);
        CaseRow row = visibleRow(caller, id);
        requireParties(caller, List.of(party.party()), "party.partyId");
        directory.addParty(row.id(), party);
        record(row.id(), caller, "PARTY_ADDED", null, party.role().name(),
                parties.find(caller, party.party()).map(PartyView::displayName).orElse(null));
        return row.view();
    }

    /** One case, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<CaseView> find(Caller caller, CaseId id) {
        return cases.findById(id.value()).filter(row -> mayView(caller, row)).map(CaseRow::view);
    }

    /** Many cases by id, in one query; those the caller may not see are left out. */
    @Transactional(readOnly = true)
    public Map<CaseId, CaseView> findMany(Caller caller, Collection<CaseId> ids) {
        Map<CaseId, CaseView> found = new LinkedHashMap<>();
        visibleRows(caller, ids).forEach(row -> found.put(new CaseId(row.id()), row.view()));
        return found;
    }

    /** A case by its human reference, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<CaseView> findByReference(Caller caller, String reference) {
        return cases.findByReference(reference.strip()).filter(row -> mayView(caller, row)).map(CaseRow::view);
    }

    /**
     * Quick search over cases the caller may see: case or payment reference, a claim's invoice number or client
     * reference, or a party that the party quick search finds (name, IBAN, e-mail, phone, postcode).
     */
    @Transactional(readOnly = true)
    public List<CaseView> search(Caller caller, String text, int limit) {
        permissions.require(caller, Action.VIEW_CASES);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (limit < 1 || limit > 50) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "first must be between 1 and 50.", "first");
        }
        String clean = text.strip();
        List<UUID> partyIds = permissions.may(caller, Action.VIEW_PARTIES)
                ? parties.search(caller, clean, 20).stream().map(hit -> hit.party().id().value()).toList() : List.of();
        String compact = clean.replaceAll("[\\s+*/]", "").toUpperCase(java.util.Locale.ROOT);
        return directory.search(compact, clean, partyIds, visibility.of(caller), limit).stream().map(CaseRow::view).toList();
    }

    /** Cases the caller may see, keyset-paged in the given order. */
    @Transactional(readOnly = true)
    public Page<CaseView> list(Caller caller, CaseFilter filter, CaseOrder order, PageRequest page) {
        return list(viewer(caller), filter, order, page);
    }

    /** As {@link #list(Caller, CaseFilter, CaseOrder, PageRequest)}; the page's cases count as checked for the viewer. */
    @Transactional(readOnly = true)
    public Page<CaseView> list(CaseViewer viewer, CaseFilter filter, CaseOrder order, PageRequest page) {
        Caller caller = viewer.caller();
        permissions.require(caller, Action.VIEW_CASES);
        filter.check();
        Page<CaseView> found = directory.page(filter, order, viewer.visibility(),
                filter.mine() ? visibility.own(caller) : CaseDirectory.Visibility.NOTHING,
                LocalDate.now(clock), page.after(), page.size(), Page.COUNT_CAP).map(CaseRow::view);
        viewer.saw(found.items().stream().map(c -> c.id().value()).toList());
        return found;
    }

    /** Parties in roles of many cases, in one query. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseParty>> partiesOf(Caller caller, Collection<CaseId> ids) {
        return partiesOf(viewer(caller), ids);
    }

    /** Claims of many cases, in one query. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<ClaimView>> claimsOf(Caller caller, Collection<CaseId> ids) {
        return claimsOf(viewer(caller), ids);
    }

    /** Notes of many cases, newest first, in one query. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseNoteView>> notesOf(Caller caller, Collection<CaseId> ids) {
        return notesOf(viewer(caller), ids);
    }

    /** Reminders recorded on many cases, latest sent first, in one query. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseReminderView>> remindersOf(Caller caller, Collection<CaseId> ids) {
        return remindersOf(viewer(caller), ids);
    }

    /** Timelines of many cases, newest first, in one query. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseEventView>> timelinesOf(Caller caller, Collection<CaseId> ids) {
        return timelinesOf(viewer(caller), ids);
    }

    private CaseView transition(Caller caller, CaseId id, Set<CaseStatus> from, CaseStatus to, @Nullable String reason,
                                @Nullable String note) {
        permissions.require(caller, Action.EDIT_CASES);
        return transition(caller, visibleRow(caller, id), from, to, reason, note);
    }

    private CaseView transition(Caller caller, CaseRow row, Set<CaseStatus> from, CaseStatus to, @Nullable String reason,
                                @Nullable String note) {
        if (!from.contains(row.caseStatus())) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION,
                    "A case that is %s cannot become %s.".formatted(row.caseStatus(), to), null);
        }
        LocalDate closedOn = to == CaseStatus.CLOSED ? LocalDate.now(clock) : null;
        CaseRow saved = save(row.withStatus(to, reason, closedOn, clock.instant(), caller.label()));
        String before = row.status() + (row.statusReason() == null ? "" : " (" + row.statusReason() + ")");
        String after = to.name() + (reason == null ? "" : " (" + reason + ")");
        record(row.id(), caller, "STATUS_CHANGED", before, after, note == null || note.isBlank() ? null : note.strip());
        return saved.view();
    }

    private static void requireArrangement(CaseStatus arrangement) {
        if (arrangement != CaseStatus.PAYMENT_PLAN && arrangement != CaseStatus.PROMISE) {
            throw new IllegalArgumentException(arrangement + " is not an arrangement");
        }
    }

    private void checkClaim(NewClaim claim, ClientView client, String field) {
        if (claim.invoiceNumber() == null || claim.invoiceNumber().isBlank() || claim.invoiceNumber().strip().length() > 50) {
            throw new DomainException(ErrorCode.REQUIRED, "A claim needs an invoice number of at most 50 characters.", field + ".invoiceNumber");
        }
        if (claim.dueDate().isBefore(claim.invoiceDate())) {
            throw new DomainException(ErrorCode.INVALID_CLAIM, "A claim cannot fall due before its invoice date.", field + ".dueDate");
        }
        if (claim.principalAmount().signum() <= 0) {
            throw new DomainException(ErrorCode.INVALID_CLAIM, "A claim's amount must be more than zero.", field + ".principalAmount");
        }
        try {
            new Money(claim.principalAmount(), client.currency());
        } catch (ArithmeticException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "%s has more decimals than %s allows."
                    .formatted(claim.principalAmount().toPlainString(), client.currency().getCurrencyCode()), field + ".principalAmount");
        }
    }

    private void saveClaim(CaseRow row, NewClaim claim, Caller caller, Instant now) {
        Money principal = new Money(claim.principalAmount(), java.util.Currency.getInstance(row.currency()));
        ClaimRow saved = claims.save(new ClaimRow(UUID.randomUUID(), row.id(), claim.invoiceNumber().strip(), claim.invoiceDate(),
                claim.dueDate(), principal.amount(), row.currency(), blankToNull(claim.description(), 500),
                blankToNull(claim.clientReference(), 100), now, caller.label()));
        record(row.id(), caller, "CLAIM_ADDED", null, principal.toString(), "invoice " + claim.invoiceNumber().strip());
        claimAdded.publishEvent(new ClaimAdded(saved.view(), caller.label())); // the ledger posts the principal
    }

    private static @Nullable String blankToNull(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    private void requireParties(Caller caller, List<PartyId> ids, String field) {
        Map<PartyId, PartyView> found = parties.findMany(caller, ids);
        for (PartyId id : ids) {
            PartyView party = found.get(id);
            if (party == null) {
                throw new DomainException(ErrorCode.NOT_FOUND, "A party of the case does not exist.", field);
            }
            if (party.mergedInto() != null) {
                throw new DomainException(ErrorCode.PARTY_MERGED, "%s was merged into another party; use that one.".formatted(party.displayName()), field);
            }
        }
    }

    private TeamId activeTeam(TeamId team) {
        return activeTeam(team, "teamId");
    }

    private TeamId activeTeam(TeamId team, String field) {
        TeamView found = teams.findMany(Caller.system(), List.of(team)).get(team);
        if (found == null || !found.active()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "The team does not exist or is archived.", field);
        }
        return team;
    }

    private UserId activeUser(UserId user) {
        return activeUser(user, "assigneeId");
    }

    private UserId activeUser(UserId user, String field) {
        UserView found = users.findMany(Caller.system(), List.of(user)).get(user);
        if (found == null || !found.active()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "The user does not exist or is deactivated.", field);
        }
        return user;
    }

    private String describe(@Nullable UUID team, @Nullable UUID user) {
        String teamName = team == null ? "no team" : teams.findMany(Caller.system(), List.of(new TeamId(team)))
                .getOrDefault(new TeamId(team), null) instanceof TeamView t ? t.name() : "a removed team";
        String userName = user == null ? "nobody" : users.findMany(Caller.system(), List.of(new UserId(user)))
                .getOrDefault(new UserId(user), null) instanceof UserView u ? u.name() : "a removed user";
        return teamName + " / " + userName;
    }

    private boolean mayView(Caller caller, CaseRow row) {
        return visibility.of(caller).allows(row);
    }

    private CaseRow visibleRow(Caller caller, CaseId id) {
        return cases.findById(id.value()).filter(row -> mayView(caller, row))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such case.", "caseId"));
    }

    /** The caller as the viewer of one request's cases; see {@link CaseViewer}. */
    public CaseViewer viewer(Caller caller) {
        return new CaseViewer(caller, () -> visibility.of(caller));
    }

    /** The cases among the ids this viewer may see; each read and checked only the first time the viewer asks. */
    @Transactional(readOnly = true)
    public Set<CaseId> visible(CaseViewer viewer, Collection<CaseId> ids) {
        return ids(viewer, ids).stream().map(CaseId::new).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** Parties in roles of many cases, in one query; visibility checked once per viewer. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseParty>> partiesOf(CaseViewer viewer, Collection<CaseId> ids) {
        return keyed(ids, directory.partiesOf(ids(viewer, ids)));
    }

    /** Claims of many cases, in one query; visibility checked once per viewer. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<ClaimView>> claimsOf(CaseViewer viewer, Collection<CaseId> ids) {
        return grouped(ids, claims.findByCases(ids(viewer, ids)).stream().map(ClaimRow::view).toList(), ClaimView::caseId);
    }

    /** Notes of many cases, newest first, in one query; visibility checked once per viewer. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseNoteView>> notesOf(CaseViewer viewer, Collection<CaseId> ids) {
        return grouped(ids, notes.findByCases(ids(viewer, ids)).stream().map(CaseNoteRow::view).toList(), CaseNoteView::caseId);
    }

    /** Reminders of many cases, latest sent first, in one query; visibility checked once per viewer. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseReminderView>> remindersOf(CaseViewer viewer, Collection<CaseId> ids) {
        return grouped(ids, reminders.findByCases(ids(viewer, ids)).stream().map(CaseReminderRow::view).toList(), CaseReminderView::caseId);
    }

    /** Timelines of many cases, newest first, in one query; visibility checked once per viewer. */
    @Transactional(readOnly = true)
    public Map<CaseId, List<CaseEventView>> timelinesOf(CaseViewer viewer, Collection<CaseId> ids) {
        return grouped(ids, events.findByCases(ids(viewer, ids)).stream().map(CaseEventRow::view).toList(), CaseEventView::caseId);
    }

    /** The visible ones among the ids: read and checked only the first time this viewer asks about a case. */
    private List<UUID> ids(CaseViewer viewer, Collection<CaseId> ids) {
        List<UUID> uuids = ids.stream().map(CaseId::value).distinct().toList();
        if (permissions.may(viewer.caller(), Action.VIEW_ALL_CASES)) {
            return uuids;
        }
        List<UUID> unchecked = viewer.unchecked(uuids);
        if (!unchecked.isEmpty()) {
            CaseDirectory.Visibility visible = viewer.visibility();
            viewer.saw(cases.findByIds(unchecked).stream().filter(visible::allows).map(CaseRow::id).toList());
        }
        return uuids.stream().filter(viewer::checked).toList();
    }

    private List<CaseRow> visibleRows(Caller caller, Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // fields of cases the caller reached through a door that already checked visibility; check again anyway,
        // so a crafted batch can never read another team's case
        CaseDirectory.Visibility visible = visibility.of(caller);
        List<CaseRow> rows = cases.findByIds(ids.stream().map(CaseId::value).distinct().toList());
        return rows.stream().filter(visible::allows).toList();
    }

    private static <V> Map<CaseId, List<V>> grouped(Collection<CaseId> ids, List<V> values, Function<V, CaseId> key) {
        Map<CaseId, List<V>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, new ArrayList<>()));
        values.forEach(v -> result.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v));
        return result;
    }

    private static <V> Map<CaseId, List<V>> keyed(Collection<CaseId> ids, Map<UUID, List<V>> byUuid) {
        Map<CaseId, List<V>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, byUuid.getOrDefault(id.value(), List.of())));
        return result;
    }

    private void record(UUID caseId, Caller caller, String kind, @Nullable String before, @Nullable String after,
                        @Nullable String detail) {
        events.save(new CaseEventRow(UUID.randomUUID(), caseId, clock.instant(), caller.label(), kind, before, after, detail));
    }

    private CaseRow save(CaseRow row) {
        try {
            return cases.update(row);
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION, "Someone else changed this case at the same time; reload and try again.");
        }
    }
}
