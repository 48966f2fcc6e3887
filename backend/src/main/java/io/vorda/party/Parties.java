package io.vorda.party;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.Permissions;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people and organisations Vorda knows. Creating one first looks for parties that may be the same (IBAN,
 * e-mail, phone, name + birth date or postcode, registration number) so the caseworker chooses "use existing" or
 * "create anyway"; a duplicate found later is merged, keeping its history. Each method is one transaction.
 */
@Singleton
public class Parties {

    private final PartyRepository parties;
    private final AddressRepository addresses;
    private final ChannelRepository channels;
    private final BankAccountRepository accounts;
    private final StayRepository stays;
    private final NoteRepository notes;
    private final HistoryRepository history;
    private final PartyDirectory directory;
    private final PartyNameWords nameWords;
    private final Permissions permissions;
    private final ApplicationEventPublisher<PartiesMerged> merges;
    private final Clock clock;

    Parties(PartyRepository parties, AddressRepository addresses, ChannelRepository channels, BankAccountRepository accounts,
            StayRepository stays, NoteRepository notes, HistoryRepository history, PartyDirectory directory,
            PartyNameWords nameWords, Permissions permissions, ApplicationEventPublisher<PartiesMerged> merges, Clock clock) {
        this.parties = parties;
        this.addresses = addresses;
        this.channels = channels;
        this.accounts = accounts;
        this.stays = stays;
        this.notes = notes;
        this.history = history;
        this.directory = directory;
        this.nameWords = nameWords;
        this.permissions = permissions;
        this.merges = merges;
        this.clock = clock;
    }

    /** Creates a party, unless possible duplicates exist and the caller did not choose "create anyway". */
    @Transactional
    public PartyCreation create(Caller caller, NewParty input) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PersonName person = input.kind() == PartyKind.PERSON ? checkedPerson(input.person()) : null;
        OrganisationDetails organisation = input.kind() == PartyKind.ORGANISATION ? checkedOrganisation(input.organisation()) : null;
        UUID parent = input.parent() == null ? null : activeParty(input.parent(), "parentId").id();
        CheckedAddress address = input.address() == null ? null : checkedAddress(input.address(), "address");
        String region = address == null ? "NL" : address.country;
        String phone = input.phone() == null || input.phone().isBlank() ? null : PartyChecks.phone(input.phone(), region, "phone");
        String email = input.email() == null || input.email().isBlank() ? null : PartyChecks.email(input.email(), "email");
        String iban = input.iban() == null || input.iban().isBlank() ? null : PartyChecks.iban(input.iban(), "iban");

        String displayName = person != null ? person.displayName() : organisation.displayName();
        if (!input.allowDuplicates()) {
            Map<UUID, Set<DuplicateReason>> found = directory.duplicatesOf(iban, email, phone,
                    person == null ? null : person.familyName(), person == null ? null : person.dateOfBirth(), displayName,
                    address == null ? null : address.postcodeKey,
                    organisation == null ? null : organisation.registrationNumber());
            if (!found.isEmpty()) {
                Map<UUID, PartyView> views = parties.findByIds(found.keySet()).stream()
                        .collect(Collectors.toMap(PartyRow::id, PartyRow::view));
                return new PartyCreation.PossibleDuplicates(found.entrySet().stream()
                        .map(e -> new PartyDuplicate(views.get(e.getKey()), e.getValue())).toList());
            }
        }
        Instant now = clock.instant();
        PartyRow row = parties.save(PartyRow.of(UUID.randomUUID(), input.kind(), person, organisation, input.language(),
                parent, null, null, null, now, caller.label(), now, caller.label(), 0));
        nameWords.changed(null, row.displayName());
        if (address != null) {
            saveAddress(row.id(), address, caller, now);
        }
        if (phone != null) {
            channels.save(new ChannelRow(UUID.randomUUID(), row.id(), ChannelKind.PHONE.name(), phone, phone, null, false,
                    now, caller.label(), now, caller.label(), 0));
        }
        if (email != null) {
            channels.save(new ChannelRow(UUID.randomUUID(), row.id(), ChannelKind.EMAIL.name(), email,
                    email.toLowerCase(java.util.Locale.ROOT), null, false, now, caller.label(), now, caller.label(), 0));
        }
        if (iban != null) {
            accounts.save(new BankAccountRow(UUID.randomUUID(), row.id(), iban, null, null, now, caller.label(), now, caller.label(), 0));
        }
        return new PartyCreation.Created(row.view());
    }

    /**
     * Changes a party's name, birth date, registrations, language, parent or preferred channel, or clears the parent
     * or the preference. A changed parent or preference is written to the party's history.
     */
    @Transactional
    public PartyView update(Caller caller, PartyId id, PartyChanges changes) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        PartyKind kind = PartyKind.valueOf(row.kind());
        PersonName person = kind == PartyKind.PERSON && changes.person() != null ? checkedPerson(changes.person()) : row.person();
        OrganisationDetails organisation = kind == PartyKind.ORGANISATION && changes.organisation() != null
                ? checkedOrganisation(changes.organisation()) : row.organisation();
        if (changes.clearsParent() && changes.parent() != null) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Either give a new parent or clear it, not both.", "parentId");
        }
        if (changes.clearsPreferredChannel() && changes.preferredChannel() != null) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Either give a preferred channel or clear it, not both.", "preferredChannel");
        }
        UUID parent = changes.clearsParent() ? null : row.parentId();
        if (changes.parent() != null) {
            parent = activeParty(changes.parent(), "parentId").id();
            if (createsCycle(row.id(), parent)) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "A party cannot be placed under itself or its own branches.", "parentId");
            }
        }
        Language language = changes.language() == null ? Language.valueOf(row.language()) : changes.language();
        String preferred = changes.clearsPreferredChannel() ? null
                : changes.preferredChannel() == null ? row.preferredChannel() : changes.preferredChannel().name();
        Instant now = clock.instant();
        if (!Objects.equals(parent, row.parentId())) {
            record(row.id(), caller, now, PartyChangeKind.PARENT_CHANGED, nameOf(row.parentId()), nameOf(parent));
        }
        if (!Objects.equals(preferred, row.preferredChannel())) {
            record(row.id(), caller, now, PartyChangeKind.PREFERRED_CHANNEL_CHANGED, row.preferredChannel(), preferred);
        }
        PartyRow saved = save(row.with(person, organisation, language, parent, preferred, row.vulnerability(), null,
                now, caller.label()));
        nameWords.changed(row.displayName(), saved.displayName());
        return saved.view();
    }

    /** Adds an address valid from a date; the current address of the same kind ends the day before. */
    @Transactional
    public PartyView addAddress(Caller caller, PartyId id, NewAddress address) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        CheckedAddress checked = checkedAddress(address, "address");
        Instant now = clock.instant();
        for (AddressRow current : addresses.findByParties(List.of(row.id()))) {
            boolean sameKind = current.kind().equals(checked.kind.name());
            if (sameKind && current.validUntil() == null) {
                if (!current.validFrom().isBefore(checked.validFrom)) {
                    throw new DomainException(ErrorCode.INVALID_PERIOD,
                            "The new address must start after the current one (from %s).".formatted(current.validFrom()), "address.validFrom");
                }
                addresses.update(current.endingOn(checked.validFrom.minusDays(1), now, caller.label()));
            }
        }
        saveAddress(row.id(), checked, caller, now);
        return row.view();
    }

    /**
     * Corrects a typing mistake in an address, or the day it starts (a null validFrom keeps it); the address keeps
     * its id and its last day, and both versions are written to the party's history. The corrected period may not
     * overlap another address of the same kind.
     */
    @Transactional
    public PartyView correctAddress(Caller caller, PartyId id, UUID addressId, NewAddress corrected) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        AddressRow current = addressOf(row, addressId);
        CheckedAddress checked = checkedAddress(corrected.validFrom() != null ? corrected
                : new NewAddress(corrected.kind(), corrected.street(), corrected.houseNumber(), corrected.houseNumberAddition(),
                corrected.postcode(), corrected.city(), corrected.country(), current.validFrom()), "address");
        PartyChecks.period(checked.validFrom, current.validUntil(), "address.validFrom");
        requireNoOverlap(addresses.findByParties(List.of(row.id())), current.id(), checked.kind, checked.validFrom, current.validUntil(), "address.validFrom");
        Instant now = clock.instant();
        AddressRow updated = new AddressRow(current.id(), current.partyId(), checked.kind.name(), checked.street, checked.houseNumber,
                checked.addition, checked.postcode, checked.postcodeKey, checked.city, checked.country, checked.validFrom,
                current.validUntil(), current.createdAt(), current.createdBy(), now, caller.label(), current.version());
        if (!updated.view().equals(current.view())) {
            saveAddress(updated);
            record(row.id(), caller, now, PartyChangeKind.ADDRESS_CORRECTED, describe(current), describe(updated));
        }
        return row.view();
    }

    /**
     * Ends a current address on its last day (today, in the past or ahead, not before it started). It stays in the
     * address history; the end is written to the party's history.
     */
    @Transactional
    public PartyView endAddress(Caller caller, PartyId id, UUID addressId, LocalDate lastDay) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        AddressRow current = addressOf(row, addressId);
        if (current.validUntil() != null) {
            throw new DomainException(ErrorCode.INVALID_PERIOD,
                    "This address already ended on %s.".formatted(current.validUntil()), "addressId");
        }
        if (lastDay.isBefore(current.validFrom())) {
            throw new DomainException(ErrorCode.INVALID_PERIOD,
                    "An address cannot end before it starts (%s).".formatted(current.validFrom()), "validUntil");
        }
        Instant now = clock.instant();
        AddressRow ended = current.endingOn(lastDay, now, caller.label());
        saveAddress(ended);
        record(row.id(), caller, now, PartyChangeKind.ADDRESS_ENDED, describe(current), describe(ended));
        return row.view();
    }

    /** Adds a phone number or e-mail address. */
    @Transactional
    public PartyView addContactChannel(Caller caller, PartyId id, ChannelKind kind, String value, @Nullable String label) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        String region = addresses.findByParties(List.of(row.id())).stream().filter(a -> a.validUntil() == null)
                .map(AddressRow::country).findFirst().orElse("NL");
        String normalised = switch (kind) {
            case PHONE -> PartyChecks.phone(value, region, "value");
            case EMAIL -> PartyChecks.email(value, "value");
            case POST -> throw new DomainException(ErrorCode.INVALID_FORMAT, "Post goes to the addresses; add an address instead.", "kind");
        };
        Instant now = clock.instant();
        channels.save(new ChannelRow(UUID.randomUUID(), row.id(), kind.name(), normalised,
                kind == ChannelKind.EMAIL ? normalised.toLowerCase(java.util.Locale.ROOT) : normalised,
                PartyChecks.optional(label, 50, "label", "Label"), false, now, caller.label(), now, caller.label(), 0));
        return row.view();
    }

    /** Records that the party does (or no longer does) want to be contacted through a channel. */
    @Transactional
    public PartyView setOptOut(Caller caller, PartyId id, UUID channelId, boolean optedOut) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        ChannelRow channel = channels.findById(channelId).filter(c -> c.partyId().equals(row.id()))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such channel on this party.", "channelId"));
        channels.update(channel.withOptOut(optedOut, clock.instant(), caller.label()));
        return row.view();
    }

    /**
     * Removes a phone number or e-mail address: it is no longer used or found, and its value is kept in the party's
     * history. When it was the last channel of the preferred kind, the preference goes too.
     */
    @Transactional
    public PartyView removeContactChannel(Caller caller, PartyId id, UUID channelId) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        List<ChannelRow> all = channels.findByParties(List.of(row.id()));
        ChannelRow channel = all.stream().filter(c -> c.id().equals(channelId)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such channel on this party.", "channelId"));
        Instant now = clock.instant();
        channels.delete(channel);
        record(row.id(), caller, now, PartyChangeKind.CONTACT_CHANNEL_REMOVED, channel.value()
                + (channel.label() == null ? "" : " (" + channel.label() + ")"), null);
        boolean lastOfPreferredKind = channel.kind().equals(row.preferredChannel())
                && all.stream().noneMatch(c -> !c.id().equals(channelId) && c.kind().equals(channel.kind()));
        if (lastOfPreferredKind) {
            record(row.id(), caller, now, PartyChangeKind.PREFERRED_CHANNEL_CHANGED, row.preferredChannel(), null);
            return save(row.with(row.person(), row.organisation(), Language.valueOf(row.language()), row.parentId(), null,
                    row.vulnerability(), null, now, caller.label())).view();
        }
        return row.view();
    }

    /** Adds a bank account; the IBAN is validated. */
    @Transactional
    public PartyView addBankAccount(Caller caller, PartyId id, String iban, @Nullable String bic, @Nullable String holderName) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        String checked = PartyChecks.iban(iban, "iban");
        String checkedBic = bic == null || bic.isBlank() ? null : bic.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (checkedBic != null && !checkedBic.matches("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a BIC.".formatted(bic), "bic");
        }
        Instant now = clock.instant();
        accounts.save(new BankAccountRow(UUID.randomUUID(), row.id(), checked, checkedBic,
                PartyChecks.optional(holderName, 200, "holderName", "Account holder"), now, caller.label(), now, caller.label(), 0));
        return row.view();
    }

    /** Removes a bank account: it is no longer used or found, and its details are kept in the party's history. */
    @Transactional
    public PartyView removeBankAccount(Caller caller, PartyId id, UUID accountId) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        BankAccountRow account = accounts.findById(accountId).filter(a -> a.partyId().equals(row.id()))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such bank account on this party.", "bankAccountId"));
        accounts.delete(account);
        record(row.id(), caller, clock.instant(), PartyChangeKind.BANK_ACCOUNT_REMOVED, account.iban()
                + (account.bic() == null ? "" : " " + account.bic())
                + (account.holderName() == null ? "" : " (" + account.holderName() + ")"), null);
        return row.view();
    }

    /** Sets (reason given) or clears (reason null) the vulnerability / respite flag. */
    @Transactional
    public PartyView setVulnerability(Caller caller, PartyId id, @Nullable String reason, @Nullable LocalDate from,
                                      @Nullable LocalDate until) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        Vulnerability vulnerability = null;
        if (reason != null && !reason.isBlank()) {
            LocalDate start = from == null ? LocalDate.now(clock) : from;
            PartyChecks.period(start, until, "until");
            vulnerability = new Vulnerability(PartyChecks.required(reason, 500, "reason", "Reason"), start, until);
        }
        return save(row.with(row.person(), row.organisation(), Language.valueOf(row.language()), row.parentId(),
                row.preferredChannel(), vulnerability, null, clock.instant(), caller.label())).view();
    }

    /** Records a detention or admission period. */
    @Transactional
    public PartyView addStay(Caller caller, PartyId id, StayKind kind, @Nullable String institution, LocalDate from,
                             @Nullable LocalDate until) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        PartyChecks.period(from, until, "until");
        Instant now = clock.instant();
        stays.save(new StayRow(UUID.randomUUID(), row.id(), kind.name(), PartyChecks.optional(institution, 200, "institution", "Institution"),
                from, until, now, caller.label(), now, caller.label(), 0));
        return row.view();
    }

    /** Adds a note. */
    @Transactional
    public PartyView addNote(Caller caller, PartyId id, String text) {
        permissions.require(caller, Action.EDIT_PARTIES);
        PartyRow row = activeParty(id, "partyId");
        notes.save(new NoteRow(UUID.randomUUID(), row.id(), PartyChecks.required(text, 4000, "text", "Note"), caller.label(), clock.instant()));
        return row.view();
    }

    /**
     * Merges a duplicate into the survivor: addresses, channels, accounts, stays, notes and children move over; the
     * duplicate stays, marked as merged, so references to it still resolve. Publishes {@link PartiesMerged}.
     */
    @Transactional
    public PartyView merge(Caller caller, PartyId survivorId, PartyId duplicateId) {
        permissions.require(caller, Action.MERGE_PARTIES);
        if (survivorId.equals(duplicateId)) {
            throw new DomainException(ErrorCode.INVALID_MERGE, "A party cannot be merged into itself.", "duplicateId");
        }
        PartyRow survivor = activeParty(survivorId, "survivorId");
        PartyRow duplicate = activeParty(duplicateId, "duplicateId");
        if (!duplicate.kind().equals(survivor.kind())) {
            throw new DomainException(ErrorCode.INVALID_MERGE, "A person and an organisation cannot be merged.", "duplicateId");
        }
        addresses.moveAll(duplicate.id(), survivor.id());
        channels.moveAll(duplicate.id(), survivor.id());
        accounts.moveAll(duplicate.id(), survivor.id());
        stays.moveAll(duplicate.id(), survivor.id());
        notes.moveAll(duplicate.id(), survivor.id());
        history.moveAll(duplicate.id(), survivor.id());
        parties.moveChildren(duplicate.id(), survivor.id());
        Instant now = clock.instant();
        save(duplicate.with(duplicate.person(), duplicate.organisation(), Language.valueOf(duplicate.language()),
                duplicate.parentId(), duplicate.preferredChannel(), duplicate.vulnerability(), survivor.id(), now, caller.label()));
        nameWords.changed(duplicate.displayName(), null); // merged away: no longer found, so no longer a word of the list
        notes.save(new NoteRow(UUID.randomUUID(), survivor.id(),
                "Merged %s (%s) into this party.".formatted(duplicate.displayName(), duplicate.id()), caller.label(), now));
        merges.publishEvent(new PartiesMerged(survivorId, duplicateId));
        return survivor.view();
    }

    /** One party, merged ones included (they resolve to their survivor through {@code mergedInto}). */
    @Transactional(readOnly = true)
    public Optional<PartyView> find(Caller caller, PartyId id) {
        if (!permissions.may(caller, Action.VIEW_PARTIES)) {
            return Optional.empty();
        }
        return parties.findById(id.value()).map(PartyRow::view);
    }

    /** Many parties by id in one query (for DataLoaders). */
    @Transactional(readOnly = true)
    public Map<PartyId, PartyView> findMany(Caller caller, Collection<PartyId> ids) {
        Map<PartyId, PartyView> found = new LinkedHashMap<>();
        if (permissions.may(caller, Action.VIEW_PARTIES) && !ids.isEmpty()) {
            parties.findByIds(ids.stream().map(PartyId::value).distinct().toList()).forEach(r -> found.put(new PartyId(r.id()), r.view()));
        }
        return found;
    }

    /** Quick search: identifiers exactly, names typo-tolerantly, best first. */
    @Transactional(readOnly = true)
    public List<SearchHit> search(Caller caller, String text, int limit) {
        permissions.require(caller, Action.VIEW_PARTIES);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (limit < 1 || limit > 50) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "first must be between 1 and 50.", "first");
        }
        return directory.search(text, limit, PartyRow::view);
    }

    /** Advanced search, by name, keyset-paged. */
    @Transactional(readOnly = true)
    public Page<PartyView> list(Caller caller, PartyFilter filter, PageRequest page) {
        permissions.require(caller, Action.VIEW_PARTIES);
        return directory.list(filter, page).map(PartyRow::view);
    }

    /** The first page of children (branches, contact persons) of several parties, in one query. */
    @Transactional(readOnly = true)
    public Map<PartyId, Page<PartyView>> childrenOf(Caller caller, Collection<PartyId> ids, PageRequest page) {
        permissions.require(caller, Action.VIEW_PARTIES);
        Map<PartyId, Page<PartyView>> result = new LinkedHashMap<>();
        directory.childrenOf(ids.stream().map(PartyId::value).distinct().toList(), page)
                .forEach((id, rows) -> result.put(new PartyId(id), rows.map(PartyRow::view)));
        return result;
    }

    /** Addresses of several parties, newest first, in one query. */
    @Transactional(readOnly = true)
    public Map<PartyId, List<AddressView>> addressesOf(Caller caller, Collection<PartyId> ids) {
        return grouped(caller, ids, addresses::findByParties, AddressRow::view, AddressView::party);
    }

    /** Contact channels of several parties in one query. */
    @Transactional(readOnly = true)
    public Map<PartyId, List<ContactChannelView>> channelsOf(Caller caller, Collection<PartyId> ids) {
        return grouped(caller, ids, channels::findByParties, ChannelRow::view, ContactChannelView::party);
    }

    /** Bank accounts of several parties in one query. */
    @Transactional(readOnly = true)
    public Map<PartyId, List<BankAccountView>> bankAccountsOf(Caller caller, Collection<PartyId> ids) {
        return grouped(caller, ids, accounts::findByParties, BankAccountRow::view, BankAccountView::party);
    }

    /** Stays of several parties in one query. */
    @Transactional(readOnly = true)
    public Map<PartyId, List<StayView>> staysOf(Caller caller, Collection<PartyId> ids) {
        return grouped(caller, ids, stays::findByParties, StayRow::view, StayView::party);
    }

    /** Notes of several parties, newest first, in one query. */
    @Transactional(readOnly = true)
    public Map<PartyId, List<PartyNoteView>> notesOf(Caller caller, Collection<PartyId> ids) {
        return grouped(caller, ids, notes::findByParties, NoteRow::view, PartyNoteView::party);
    }

    /** Histories of several parties, newest first, in one query. */
    @Transactional(readOnly = true)
    public Map<PartyId, List<PartyChangeView>> historiesOf(Caller caller, Collection<PartyId> ids) {
        return grouped(caller, ids, history::findByParties, HistoryRow::view, PartyChangeView::party);
    }

    private <R, V> Map<PartyId, List<V>> grouped(Caller caller, Collection<PartyId> ids, Function<List<UUID>, List<R>> load,
                                                 Function<R, V> view, Function<V, PartyId> party) {
        permissions.require(caller, Action.VIEW_PARTIES);
        Map<PartyId, List<V>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        if (!ids.isEmpty()) {
            load.apply(ids.stream().map(PartyId::value).distinct().toList()).stream().map(view)
                    .forEach(v -> result.computeIfAbsent(party.apply(v), k -> new java.util.ArrayList<>()).add(v));
        }
        return result;
    }

    private record CheckedAddress(AddressKind kind, String street, String houseNumber, @Nullable String addition,
                                  String postcode, String postcodeKey, String city, String country, LocalDate validFrom) {
    }

    private CheckedAddress checkedAddress(NewAddress input, String field) {
        String country = PartyChecks.country(input.country(), field + ".country");
        String key = PartyChecks.postcodeKey(country, input.postcode(), field + ".postcode");
        return new CheckedAddress(input.kind() == null ? AddressKind.RESIDENTIAL : input.kind(),
                PartyChecks.required(input.street(), 200, field + ".street", "Street"),
                PartyChecks.required(input.houseNumber(), 20, field + ".houseNumber", "House number"),
                PartyChecks.optional(input.houseNumberAddition(), 20, field + ".houseNumberAddition", "Addition"),
                PartyChecks.printedPostcode(country, key), key,
                PartyChecks.required(input.city(), 100, field + ".city", "City"), country,
                input.validFrom() == null ? LocalDate.now(clock) : input.validFrom());
    }

    private void saveAddress(UUID party, CheckedAddress a, Caller caller, Instant now) {
        addresses.save(new AddressRow(UUID.randomUUID(), party, a.kind.name(), a.street, a.houseNumber, a.addition,
                a.postcode, a.postcodeKey, a.city, a.country, a.validFrom, null, now, caller.label(), now, caller.label(), 0));
    }

    private void saveAddress(AddressRow changed) {
        try {
            addresses.update(changed);
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION, "Someone else changed this address at the same time; reload and try again.");
        }
    }

    private AddressRow addressOf(PartyRow party, UUID addressId) {
        return addresses.findById(addressId).filter(a -> a.partyId().equals(party.id()))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such address on this party.", "addressId"));
    }

    /** Two addresses of one kind may not be valid on the same day: "where did they live then?" has one answer. */
    private static void requireNoOverlap(List<AddressRow> all, UUID self, AddressKind kind, LocalDate from,
                                         @Nullable LocalDate until, String field) {
        for (AddressRow other : all) {
            boolean overlaps = !other.id().equals(self) && other.kind().equals(kind.name())
                    && (other.validUntil() == null || !other.validUntil().isBefore(from))
                    && (until == null || !other.validFrom().isAfter(until));
            if (overlaps) {
                throw new DomainException(ErrorCode.INVALID_PERIOD, "The period overlaps the address %s (from %s)."
                        .formatted(describe(other), other.validFrom()), field);
            }
        }
    }

    /** An address in one line with its period, as the history shows it. */
    private static String describe(AddressRow a) {
        return "%s %s%s, %s %s (%s), %s – %s".formatted(a.street(), a.houseNumber(),
                a.houseNumberAddition() == null ? "" : " " + a.houseNumberAddition(), a.postcode(), a.city(), a.country(),
                a.validFrom(), a.validUntil() == null ? "" : a.validUntil());
    }

    private @Nullable String nameOf(@Nullable UUID party) {
        return party == null ? null : parties.findById(party).map(PartyRow::displayName).orElse(null);
    }

    private void record(UUID party, Caller caller, Instant at, PartyChangeKind kind, @Nullable String before, @Nullable String after) {
        history.save(new HistoryRow(UUID.randomUUID(), party, at, caller.label(), kind.name(), before, after));
    }

    private PersonName checkedPerson(@Nullable PersonName person) {
        if (person == null) {
            throw new DomainException(ErrorCode.REQUIRED, "A person needs a family name.", "person.familyName");
        }
        LocalDate birth = person.dateOfBirth();
        if (birth != null && (birth.isAfter(LocalDate.now(clock)) || birth.isBefore(LocalDate.of(1900, 1, 1)))) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "The date of birth %s cannot be right.".formatted(birth), "person.dateOfBirth");
        }
        return new PersonName(PartyChecks.optional(person.givenNames(), 200, "person.givenNames", "Given names"),
                PartyChecks.optional(person.familyNamePrefix(), 50, "person.familyNamePrefix", "Name prefix"),
                PartyChecks.required(person.familyName(), 200, "person.familyName", "Family name"), birth);
    }

    private OrganisationDetails checkedOrganisation(@Nullable OrganisationDetails organisation) {
        if (organisation == null) {
            throw new DomainException(ErrorCode.REQUIRED, "An organisation needs a legal name.", "organisation.legalName");
        }
        return new OrganisationDetails(PartyChecks.required(organisation.legalName(), 300, "organisation.legalName", "Legal name"),
                PartyChecks.optional(organisation.tradeName(), 300, "organisation.tradeName", "Trade name"),
                organisation.registrationScheme(),
                PartyChecks.registration(organisation.registrationScheme(), organisation.registrationNumber(), "organisation.registrationNumber"),
                PartyChecks.vat(organisation.vatNumber(), "organisation.vatNumber"));
    }

    private PartyRow activeParty(PartyId id, String field) {
        PartyRow row = parties.findById(id.value())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No party %s.".formatted(id), field));
        if (row.mergedIntoId() != null) {
            throw new DomainException(ErrorCode.PARTY_MERGED, "%s was merged into another party; use that one.".formatted(row.displayName()), field);
        }
        return row;
    }

    private boolean createsCycle(UUID self, UUID newParent) {
        UUID current = newParent;
        for (int depth = 0; current != null && depth < 100; depth++) {
            if (current.equals(self)) {
                return true;
            }
            current = parties.findById(current).map(PartyRow::parentId).orElse(null);
        }
        return false;
    }

    private PartyRow save(PartyRow row) {
        try {
            return parties.update(row);
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION, "Someone else changed this party at the same time; reload and try again.");
        }
    }
}
