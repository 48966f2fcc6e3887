package io.vorda.client;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.AuditAction;
import io.vorda.access.AuditLog;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.access.Role;
import io.vorda.access.TeamId;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserId;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.party.Parties;
import io.vorda.party.PartyFilter;
import io.vorda.party.PartyId;
import io.vorda.party.PartyView;
import io.vorda.shared.Cursor;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.iban4j.IbanUtil;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The creditors we collect for. A client profile sits on a party and holds the jurisdiction, currency and
 * collection terms its cases will be computed with. Each method is one transaction.
 */
@Singleton
public class Clients {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int RATE_DECIMALS = 4;
    private static final int MAX_REPRESENTED = 50;
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private final ClientRepository clients;
    private final ClientDetails details;
    private final Parties parties;
    private final Teams teams;
    private final Users users;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    Clients(ClientRepository clients, ClientDetails details, Parties parties, Teams teams, Users users, Permissions permissions,
            AuditLog audit, Clock clock) {
        this.clients = clients;
        this.details = details;
        this.parties = parties;
        this.teams = teams;
        this.users = users;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a party a client. Fails when it already is one, or on terms that do not add up. */
    @Transactional
    public ClientView create(Caller caller, NewClient input) {
        permissions.require(caller, Action.EDIT_CLIENTS);
        PartyView party = activeParty(caller, input.party(), "partyId");
        if (clients.findByPartyId(party.id().value()).isPresent()) {
            throw new DomainException(ErrorCode.CLIENT_ALREADY_EXISTS, "%s is already a client.".formatted(party.displayName()), "partyId");
        }
        Currency currency = input.currency() == null ? input.jurisdiction().defaultCurrency() : input.currency();
        checkCurrency(input.jurisdiction(), currency);
        CollectionTerms terms = checkedTerms(input.terms(), currency);
        checkVat(input.jurisdiction(), terms);
        UUID team = checkedTeam(caller, input.defaultTeam());
        List<UUID> contacts = checkedContacts(caller, input.contacts());
        Instant now = clock.instant();
        ClientRow row = clients.save(row(UUID.randomUUID(), party.id().value(), input.jurisdiction(), currency, terms,
                checkedIban(input.remittanceIban()), team, now, caller.label(), now, caller.label(), 0));
        details.replaceCosts(row.id(), amounts(terms));
        details.replaceContacts(row.id(), contacts);
        return views(List.of(row), caller).get(0);
    }

    /** Changes a client's currency, terms, remittance account, default team (or removes it) or contacts. */
    @Transactional
    public ClientView update(Caller caller, ClientId id, ClientChanges changes) {
        permissions.require(caller, Action.EDIT_CLIENTS);
        ClientRow row = clients.findById(id.value())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No client %s.".formatted(id.value()), "clientId"));
        Jurisdiction jurisdiction = Jurisdiction.valueOf(row.jurisdiction());
        Currency currency = changes.currency() == null ? Currency.getInstance(row.currency()) : changes.currency();
        checkCurrency(jurisdiction, currency);
        CollectionTerms terms = changes.terms() == null
                ? views(List.of(row), caller).get(0).terms() : checkedTerms(changes.terms(), currency);
        checkVat(jurisdiction, terms);
        String iban = changes.remittanceIban() == null ? row.remittanceIban() : checkedIban(changes.remittanceIban());
        if (changes.clearsDefaultTeam() && changes.defaultTeam() != null) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Either give a default team or remove it, not both.", "defaultTeamId");
        }
        UUID team = changes.clearsDefaultTeam() ? null
                : changes.defaultTeam() == null ? row.defaultTeamId() : checkedTeam(caller, changes.defaultTeam());
        ClientRow updated = row(row.id(), row.partyId(), jurisdiction, currency, terms, iban, team, row.createdAt(),
                row.createdBy(), clock.instant(), caller.label(), row.version());
        try {
            updated = clients.update(updated);
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION, "Someone else changed this client at the same time; reload and try again.");
        }
        if (changes.terms() != null || changes.currency() != null) {
            details.replaceCosts(row.id(), amounts(terms));
        }
        if (changes.contacts() != null) {
            details.replaceContacts(row.id(), checkedContacts(caller, changes.contacts()));
        }
        return views(List.of(updated), caller).get(0);
    }

    /** One client, if the caller may see clients. */
    @Transactional(readOnly = true)
    public Optional<ClientView> find(Caller caller, ClientId id) {
        if (!permissions.may(caller, Action.VIEW_CLIENTS)) {
            return Optional.empty();
        }
        return clients.findById(id.value()).map(row -> views(List.of(row), caller).get(0));
    }

    /** Many clients by id, in a fixed number of queries (for DataLoaders). */
    @Transactional(readOnly = true)
    public Map<ClientId, ClientView> findMany(Caller caller, Collection<ClientId> ids) {
        Map<ClientId, ClientView> result = new LinkedHashMap<>();
        if (!permissions.may(caller, Action.VIEW_CLIENTS) || ids.isEmpty()) {
            return result;
        }
        views(clients.findByIds(ids.stream().map(ClientId::value).distinct().toList()), caller)
                .forEach(view -> result.put(view.id(), view));
        return result;
    }

    /** Many clients' names, jurisdictions and currencies by id, without terms or contacts (for list rows). */
    @Transactional(readOnly = true)
    public Map<ClientId, ClientSummary> summaries(Caller caller, Collection<ClientId> ids) {
        Map<ClientId, ClientSummary> result = new LinkedHashMap<>();
        if (!permissions.may(caller, Action.VIEW_CLIENTS) || ids.isEmpty()) {
            return result;
        }
        List<ClientRow> rows = clients.findByIds(ids.stream().map(ClientId::value).distinct().toList());
        Map<PartyId, String> names = names(rows, caller);
        rows.forEach(row -> result.put(new ClientId(row.id()), new ClientSummary(new ClientId(row.id()), new PartyId(row.partyId()),
                names.getOrDefault(new PartyId(row.partyId()), ""), Jurisdiction.valueOf(row.jurisdiction()),
                Currency.getInstance(row.currency()))));
        return result;
    }

    /** The client profiles of many parties, in a fixed number of queries (for Party.clientProfile). */
    @Transactional(readOnly = true)
    public Map<PartyId, ClientView> ofParties(Caller caller, Collection<PartyId> partyIds) {
        Map<PartyId, ClientView> result = new LinkedHashMap<>();
        if (!permissions.may(caller, Action.VIEW_CLIENTS) || partyIds.isEmpty()) {
            return result;
        }
        views(clients.findByParties(partyIds.stream().map(PartyId::value).distinct().toList()), caller)
                .forEach(view -> result.put(view.party(), view));
        return result;
    }

    /** Clients, newest first; a search narrows by the client's name. */
    @Transactional(readOnly = true)
    public Page<ClientView> list(Caller caller, @Nullable String search, @Nullable Jurisdiction jurisdiction, PageRequest page) {
        permissions.require(caller, Action.VIEW_CLIENTS);
        List<ClientRow> candidates;
        if (search != null && !search.isBlank()) {
            // names belong to the party module: ask its door, then keep the parties that are clients
            List<UUID> named = parties.list(caller, new PartyFilter(search, null, null, null, null, null, null, null, null),
                    PageRequest.of(PageRequest.MAX_SIZE, null)).items().stream().map(p -> p.id().value()).toList();
            candidates = named.isEmpty() ? List.of() : clients.findByParties(named);
        } else {
            // an agency has tens to a few thousand clients, not millions: paging them in memory is cheap and simple
            candidates = clients.findAll();
        }
        Instant before = FAR_FUTURE;
        UUID beforeId = new UUID(-1L, -1L);
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            before = Instant.parse(key.get(0));
            beforeId = UUID.fromString(key.get(1));
        }
        Instant cutoff = before;
        UUID cutoffId = beforeId;
        List<ClientRow> matching = candidates.stream()
                .filter(c -> jurisdiction == null || c.jurisdiction().equals(jurisdiction.name()))
                .sorted((a, b) -> a.createdAt().equals(b.createdAt()) ? b.id().compareTo(a.id()) : b.createdAt().compareTo(a.createdAt()))
                .toList();
        List<ClientRow> after = matching.stream()
                .filter(c -> c.createdAt().isBefore(cutoff) || c.createdAt().equals(cutoff) && c.id().compareTo(cutoffId) < 0)
                .limit(page.size() + 1L).toList();
        boolean more = after.size() > page.size();
        List<ClientRow> shown = more ? after.subList(0, page.size()) : after;
        return new Page<>(views(shown, caller), shown.stream().map(c -> Cursor.encode(c.createdAt().toString(), c.id().toString())).toList(),
                more, page.after() != null, matching.size());
    }

    /**
     * Makes a client user represent exactly these clients (ADR 0015): they then see those clients' cases and no
     * others. An empty set removes every link. Administrators only.
     */
    @Transactional
    public List<ClientView> linkUser(Caller caller, UserId user, Collection<ClientId> clientIds) {
        permissions.require(caller, Action.ADMINISTER_USERS);
        UserView found = users.findMany(Caller.system(), List.of(user)).get(user);
        if (found == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No such user.", "userId");
        }
        List<UUID> wanted = clientIds.stream().map(ClientId::value).distinct().toList();
        if (!wanted.isEmpty() && !found.roles().contains(Role.CLIENT_USER)) {
            throw new DomainException(ErrorCode.NOT_A_CLIENT_USER,
                    "%s is not a client user; only client users represent clients.".formatted(found.name()), "clientIds");
        }
        if (wanted.size() > MAX_REPRESENTED) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A user represents at most %d clients.".formatted(MAX_REPRESENTED), "clientIds");
        }
        List<ClientRow> rows = wanted.isEmpty() ? List.of() : clients.findByIds(wanted);
        if (rows.size() != wanted.size()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "A client to link does not exist.", "clientIds");
        }
        List<ClientView> before = linkedClients(caller, List.of(user)).get(user);
        details.replaceRepresented(user.value(), wanted, clock.instant(), caller.label());
        List<ClientView> after = linkedClients(caller, List.of(user)).get(user);
        audit.recordUserChange(AuditAction.USER_CLIENTS_CHANGED, caller, user, found.email(),
                "represents: %s → %s".formatted(names(before), names(after)));
        return after;
    }

    private static String names(List<ClientView> clients) {
        return clients.isEmpty() ? "none" : clients.stream().map(ClientView::name).sorted().collect(Collectors.joining(", "));
    }

    /** The clients each user represents; administrators may ask about anyone, a user about themselves. */
    @Transactional(readOnly = true)
    public Map<UserId, List<ClientView>> linkedClients(Caller caller, Collection<UserId> userIds) {
        boolean anyone = permissions.may(caller, Action.ADMINISTER_USERS);
        List<UUID> asked = userIds.stream().filter(u -> anyone || caller.isUser(u)).map(UserId::value).distinct().toList();
        Map<UUID, List<UUID>> links = details.representedBy(asked);
        Map<UUID, ClientView> byId = new LinkedHashMap<>();
        List<UUID> linked = links.values().stream().flatMap(List::stream).distinct().toList();
        // names come from the party module: a client user may read the name of a client they represent
        if (!linked.isEmpty()) {
            views(clients.findByIds(linked), Caller.system()).forEach(view -> byId.put(view.id().value(), view));
        }
        Map<UserId, List<ClientView>> result = new LinkedHashMap<>();
        userIds.forEach(u -> result.put(u, links.getOrDefault(u.value(), List.of()).stream()
                .map(byId::get).filter(java.util.Objects::nonNull).toList()));
        return result;
    }

    /** The clients the calling client user represents (ADR 0015); empty for every other caller. */
    @Transactional(readOnly = true)
    public List<ClientId> representedBy(Caller caller) {
        if (caller.kind() != Caller.Kind.STAFF) {
            return List.of();
        }
        return details.representedBy(List.of(caller.id())).get(caller.id()).stream().map(ClientId::new).toList();
    }

    private List<ClientView> views(List<ClientRow> rows, Caller caller) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(ClientRow::id).toList();
        Map<UUID, Map<CollectionAction, BigDecimal>> costs = details.costsOf(ids);
        Map<UUID, List<UUID>> contacts = details.contactsOf(ids);
        Map<PartyId, String> names = names(rows, caller);
        List<ClientView> views = new ArrayList<>();
        for (ClientRow row : rows) {
            Currency currency = Currency.getInstance(row.currency());
            Map<CollectionAction, Money> fees = new EnumMap<>(CollectionAction.class);
            costs.get(row.id()).forEach((action, amount) -> fees.put(action, new Money(amount, currency)));
            views.add(new ClientView(new ClientId(row.id()), new PartyId(row.partyId()),
                    names.getOrDefault(new PartyId(row.partyId()), ""), Jurisdiction.valueOf(row.jurisdiction()), currency,
                    new CollectionTerms(InterestBasis.valueOf(row.interestBasis()), TransactionType.valueOf(row.transactionType()),
                            row.contractualAnnualRatePercent(), row.penaltyClausePercent(),
                            row.penaltyClauseMinimumAmount() == null ? null : new Money(row.penaltyClauseMinimumAmount(), currency),
                            fees, AllocationOrder.valueOf(row.allocationOrder()), row.commissionPercent(), row.creditorCannotDeductVat()),
                    contacts.get(row.id()).stream().map(PartyId::new).toList(), row.remittanceIban(),
                    row.defaultTeamId() == null ? null : new TeamId(row.defaultTeamId()), row.createdAt()));
        }
        return views;
    }

    /** A client's name is its party's display name. */
    private Map<PartyId, String> names(List<ClientRow> rows, Caller caller) {
        Map<PartyId, String> names = new LinkedHashMap<>();
        parties.findMany(caller, rows.stream().map(r -> new PartyId(r.partyId())).toList())
                .forEach((id, party) -> names.put(id, party.displayName()));
        return names;
    }

        private static ClientRow row(UUID id, UUID party, Jurisdiction jurisdiction, Currency currency, CollectionTerms terms,
                                 @Nullable String iban, @Nullable UUID team, Instant createdAt, String createdBy,
                                 Instant at, String by, long version) {
        return new ClientRow(id, party, jurisdiction.name(), currency.getCurrencyCode(), terms.interestBasis().name(),
                terms.transactionType().name(), terms.contractualAnnualRatePercent(), terms.penaltyClausePercent(),
                terms.penaltyClauseMinimum() == null ? null : terms.penaltyClauseMinimum().amount(),
                terms.allocationOrder().name(), terms.commissionPercent(), terms.creditorCannotDeductVat(), iban, team, createdAt,
                createdBy, at, by, version);
    }

    private static Map<CollectionAction, BigDecimal> amounts(CollectionTerms terms) {
        Map<CollectionAction, BigDecimal> amounts = new EnumMap<>(CollectionAction.class);
        terms.adminCosts().forEach((action, money) -> amounts.put(action, money.amount()));
        return amounts;
    }

    private static void checkCurrency(Jurisdiction jurisdiction, Currency currency) {
        if (!jurisdiction.allows(currency)) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "Claims under %s law are not kept in %s.".formatted(jurisdiction, currency.getCurrencyCode()), "currency");
        }
    }

    private static CollectionTerms checkedTerms(TermsInput terms, Currency currency) {
        BigDecimal rate = percent(terms.contractualAnnualRatePercent(), "terms.contractualAnnualRatePercent");
        if (terms.interestBasis() == InterestBasis.CONTRACTUAL && (rate == null || rate.signum() == 0)) {
            throw new DomainException(ErrorCode.REQUIRED, "A contractual interest basis needs the agreed annual rate.",
                    "terms.contractualAnnualRatePercent");
        }
        if (terms.interestBasis() != InterestBasis.CONTRACTUAL && rate != null) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "An annual rate is only agreed with a contractual interest basis.",
                    "terms.contractualAnnualRatePercent");
        }
        BigDecimal penalty = percent(terms.penaltyClausePercent(), "terms.penaltyClausePercent");
        Money minimum = terms.penaltyClauseMinimumAmount() == null ? null
                : money(terms.penaltyClauseMinimumAmount(), currency, "terms.penaltyClauseMinimumAmount");
        if (minimum != null && penalty == null) {
            throw new DomainException(ErrorCode.REQUIRED, "A minimum penalty needs the penalty percentage.", "terms.penaltyClausePercent");
        }
        Map<CollectionAction, Money> fees = new EnumMap<>(CollectionAction.class);
        terms.adminCosts().forEach((action, amount) -> fees.put(action, money(amount, currency, "terms.adminCosts")));
        return new CollectionTerms(terms.interestBasis(), terms.transactionType(), rate, penalty, minimum, fees,
                terms.allocationOrder() == null ? AllocationOrder.JURISDICTION_DEFAULT : terms.allocationOrder(),
                percent(terms.commissionPercent(), "terms.commissionPercent"), terms.creditorCannotDeductVat());
    }

    /** Only Dutch law lets a creditor that cannot deduct VAT add it to the statutory collection costs (art. 2(3) Besluit BIK). */
    private static void checkVat(Jurisdiction jurisdiction, CollectionTerms terms) {
        if (terms.creditorCannotDeductVat() && jurisdiction != Jurisdiction.NL) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "VAT is added to collection costs under Dutch law only (art. 2(3) Besluit BIK).", "terms.creditorCannotDeductVat");
        }
    }

    private static @Nullable BigDecimal percent(@Nullable BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > RATE_DECIMALS) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "A percentage is between 0 and 100 with at most %d decimals; %s is not.".formatted(RATE_DECIMALS, value.toPlainString()), field);
        }
        return value.setScale(RATE_DECIMALS, java.math.RoundingMode.UNNECESSARY);
    }

    private static Money money(BigDecimal amount, Currency currency, String field) {
        if (amount.signum() < 0) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "An amount cannot be negative.", field);
        }
        try {
            return new Money(amount, currency);
        } catch (ArithmeticException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "%s has more decimals than %s allows.".formatted(amount.toPlainString(), currency.getCurrencyCode()), field);
        }
    }

    private static @Nullable String checkedIban(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String iban = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(iban);
            return iban;
        } catch (RuntimeException e) { // iban4j signals every kind of bad IBAN with an unchecked exception
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a valid IBAN.".formatted(raw.strip()), "remittanceIban");
        }
    }

    private @Nullable UUID checkedTeam(Caller caller, @Nullable TeamId team) {
        if (team == null) {
            return null;
        }
        TeamView found = teams.findMany(Caller.system(), List.of(team)).get(team);
        if (found == null || !found.active()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "The team does not exist or is archived.", "defaultTeamId");
        }
        return team.value();
    }

    private List<UUID> checkedContacts(Caller caller, List<PartyId> contacts) {
        Map<PartyId, PartyView> found = parties.findMany(caller, contacts);
        for (PartyId contact : contacts) {
            PartyView party = found.get(contact);
            if (party == null || party.mergedInto() != null) {
                throw new DomainException(ErrorCode.NOT_FOUND, "A contact person does not exist or was merged.", "contactIds");
            }
        }
        return contacts.stream().map(PartyId::value).distinct().toList();
    }

    private PartyView activeParty(Caller caller, PartyId id, String field) {
        PartyView party = parties.find(caller, id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No party %s.".formatted(id), field));
        if (party.mergedInto() != null) {
            throw new DomainException(ErrorCode.PARTY_MERGED, "%s was merged into another party; use that one.".formatted(party.displayName()), field);
        }
        return party;
    }
}
