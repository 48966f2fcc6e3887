package io.vorda.rate;

import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.vorda.access.Permissions;
import io.vorda.interest.AccruedInterest;
import io.vorda.interest.InterestCalculator;
import io.vorda.interest.InterestRequest;
import io.vorda.interest.RateTables;
import io.vorda.interest.StatutoryRate;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The money reference data administrators keep: interest rate periods added to the shipped rate tables, and official
 * exchange rates. Everyone who works case money reads them; only administrators add, correct or withdraw. Entries are
 * append-only: a correction or withdrawal is a new entry, so who changed what stays visible. Each change is one
 * transaction; the application computes with it as soon as it is committed.
 */
@Singleton
public class RateAdministration {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_DECIMALS = 4;
    private static final int EXCHANGE_RATE_DECIMALS = 6;
    private static final BigDecimal MAX_EXCHANGE_RATE = new BigDecimal("1000000");
    private static final int SOURCE_LENGTH = 500;
    private static final int MAX_PREVIEW_YEARS = 100;

    private final InterestRateEntries interestEntries;
    private final ExchangeRateEntries exchangeEntries;
    private final CurrentRateTables current;
    private final InterestCalculator calculator;
    private final Permissions permissions;
    private final ApplicationEventPublisher<InterestRatesChanged> ratesChanged;
    private final Clock clock;

    RateAdministration(InterestRateEntries interestEntries, ExchangeRateEntries exchangeEntries, CurrentRateTables current,
                       InterestCalculator calculator, Permissions permissions,
                       ApplicationEventPublisher<InterestRatesChanged> ratesChanged, Clock clock) {
        this.interestEntries = interestEntries;
        this.exchangeEntries = exchangeEntries;
        this.current = current;
        this.calculator = calculator;
        this.permissions = permissions;
        this.ratesChanged = ratesChanged;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- interest rates

    /** Every statutory rate's table as the application computes with it, in the order of {@link StatutoryRate}. */
    public List<RateTableView> interestRateTables(Caller caller) {
        permissions.require(caller, Action.VIEW_RATES);
        return current.fresh().views();
    }

    /** One rate's table as the application computes with it. */
    public RateTableView interestRateTable(Caller caller, StatutoryRate rate) {
        permissions.require(caller, Action.VIEW_RATES);
        return current.fresh().view(rate);
    }

    /** One entry, superseded or not; empty when it does not exist or the caller may not read rates. */
    public Optional<InterestRateEntryView> findInterestRateEntry(Caller caller, InterestRateEntryId id) {
        if (!permissions.may(caller, Action.VIEW_RATES)) {
            return Optional.empty();
        }
        return current.fresh().views().stream().flatMap(table -> table.changes().stream())
                .filter(entry -> entry.id().equals(id)).findFirst();
    }

    /**
     * Adds a rate period to a table. A period starting on the day a shipped row starts replaces that row (e.g. to
     * confirm it); any other day adds a row. Refused for a derived rate, before the table's first row, and for a day
     * that already has an entry (correct that one instead).
     */
    public InterestRateEntryView addInterestRatePeriod(Caller caller, NewInterestRatePeriod period) {
        permissions.require(caller, Action.ADMINISTER_RATES);
        String tableId = editableTableId(period.rate());
        LocalDate firstDate = RateTables.shipped().table(period.rate()).firstDate();
        if (period.validFrom().isBefore(firstDate)) {
            throw new DomainException(ErrorCode.DATE_OUT_OF_RANGE, "The %s table starts on %s; a period cannot start before it."
                    .formatted(period.rate(), firstDate), "validFrom");
        }
        BigDecimal percent = checkedPercent(period.rate(), period.annualRatePercent());
        checkPublishedThrough(period.validFrom(), period.publishedThrough());
        String source = checkedSource(period.source(), "source");
        InterestRateEntryRow row = interestEntries.add(tableId, period.validFrom(), percent, period.publishedThrough(),
                period.isConfirmed(), source, caller.label(), clock.instant());
        return changed(row.id());
    }

    /** Replaces the rate, confirmation, known-through date or source of the current entry for a day. */
    public InterestRateEntryView correctInterestRatePeriod(Caller caller, InterestRateEntryId id, InterestRateCorrection correction) {
        permissions.require(caller, Action.ADMINISTER_RATES);
        String source = checkedSource(correction.source(), "source");
        InterestRateEntryRow row = interestEntries.supersede(id.value(), previous -> {
            StatutoryRate rate = knownRate(previous);
            BigDecimal percent = checkedPercent(rate, correction.annualRatePercent());
            checkPublishedThrough(previous.validFrom(), correction.publishedThrough());
            return new InterestRateEntryRow(UUID.randomUUID(), previous.rateTable(), previous.validFrom(), percent,
                    correction.publishedThrough(), correction.isConfirmed(), source, EntryChains.kindAfter(previous.kind()),
                    previous.id(), clock.instant(), caller.label());
        });
        return changed(row.id());
    }

    /** Withdraws the current entry for a day: the shipped row for that day applies again, or none. */
    public InterestRateEntryView withdrawInterestRatePeriod(Caller caller, InterestRateEntryId id, String reason) {
        permissions.require(caller, Action.ADMINISTER_RATES);
        String why = checkedSource(reason, "reason");
        InterestRateEntryRow row = interestEntries.supersede(id.value(), previous -> {
            EntryChains.requireNotWithdrawn(previous.kind(), "entryId");
            return new InterestRateEntryRow(UUID.randomUUID(), previous.rateTable(), previous.validFrom(), null, null,
                    previous.isConfirmed(), why, RateEntryKind.WITHDRAWN, previous.id(), clock.instant(), caller.label());
        });
        return changed(row.id());
    }

    /**
     * Interest as the application would compute it today on the current tables, line by line — for administrators to
     * check a rate they entered, and for anyone who works case money to explain a figure.
     */
    public AccruedInterest previewInterest(Caller caller, InterestRequest request) {
        permissions.require(caller, Action.VIEW_RATES);
        if (request.lastInterestDate().isAfter(request.firstInterestDate().plusYears(MAX_PREVIEW_YEARS))) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "A preview covers at most %d years.".formatted(MAX_PREVIEW_YEARS),
                    "lastInterestDate");
        }
        return calculator.accrue(request);
    }

    // ---------------------------------------------------------------------------------------------- exchange rates

    /** The current entry for every pair and day (withdrawn ones marked as such), newest day first. */
    public Page<ExchangeRateView> exchangeRates(Caller caller, ExchangeRateFilter filter, PageRequest page) {
        permissions.require(caller, Action.VIEW_RATES);
        return exchangeEntries.page(filter, page).map(ExchangeRateRow::view);
    }

    /** One entry, superseded or not; empty when it does not exist or the caller may not read rates. */
    public Optional<ExchangeRateView> findExchangeRate(Caller caller, ExchangeRateId id) {
        if (!permissions.may(caller, Action.VIEW_RATES)) {
            return Optional.empty();
        }
        return exchangeEntries.find(id.value()).map(ExchangeRateRow::view);
    }

    /** Every entry made for each pair and day, newest first, in one query (for DataLoaders). */
    public Map<ExchangeRateKey, List<ExchangeRateView>> exchangeRateHistories(Caller caller, Collection<ExchangeRateKey> keys) {
        Map<ExchangeRateKey, List<ExchangeRateView>> result = new LinkedHashMap<>();
        if (!permissions.may(caller, Action.VIEW_RATES)) {
            return result;
        }
        exchangeEntries.histories(keys).forEach((key, rows) -> result.put(key, rows.stream().map(ExchangeRateRow::view).toList()));
        return result;
    }

    /** Enters an official rate for a pair and a day; refused for a day in the future or one that already has a rate. */
    public ExchangeRateView addExchangeRate(Caller caller, NewExchangeRate rate) {
        permissions.require(caller, Action.ADMINISTER_RATES);
        if (rate.baseCurrency().equals(rate.quoteCurrency())) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A rate converts between two different currencies.", "quoteCurrency");
        }
        LocalDate today = LocalDate.now(clock);
        if (rate.rateDate().isAfter(today)) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, "A rate for %s cannot have been published yet (today is %s)."
                    .formatted(rate.rateDate(), today), "rateDate");
        }
        NewExchangeRate checked = new NewExchangeRate(rate.baseCurrency(), rate.quoteCurrency(), rate.rateDate(),
                checkedExchangeRate(rate.rate()), rate.isConfirmed(), checkedSource(rate.source(), "source"));
        return exchangeEntries.add(checked, caller.label(), clock.instant()).view();
    }

    /** Replaces the rate, confirmation or source of the current entry for a pair and day. */
    public ExchangeRateView correctExchangeRate(Caller caller, ExchangeRateId id, ExchangeRateCorrection correction) {
        permissions.require(caller, Action.ADMINISTER_RATES);
        BigDecimal value = checkedExchangeRate(correction.rate());
        String source = checkedSource(correction.source(), "source");
        return exchangeEntries.supersede(id.value(), previous -> new ExchangeRateRow(UUID.randomUUID(), previous.baseCurrency(),
                previous.quoteCurrency(), previous.rateDate(), value, correction.isConfirmed(), source, EntryChains.kindAfter(previous.kind()),
                previous.id(), clock.instant(), caller.label(), true)).view();
    }

    /** Withdraws the current entry for a pair and day: no rate applies to it any more. */
    public ExchangeRateView withdrawExchangeRate(Caller caller, ExchangeRateId id, String reason) {
        permissions.require(caller, Action.ADMINISTER_RATES);
        String why = checkedSource(reason, "reason");
        return exchangeEntries.supersede(id.value(), previous -> {
            EntryChains.requireNotWithdrawn(previous.kind(), "exchangeRateId");
            return new ExchangeRateRow(UUID.randomUUID(), previous.baseCurrency(), previous.quoteCurrency(), previous.rateDate(), null,
                    previous.isConfirmed(), why, RateEntryKind.WITHDRAWN, previous.id(), clock.instant(), caller.label(), true);
        }).view();
    }

    // ---------------------------------------------------------------------------------------------- checks

    /** The application computes with the new entry from now on; the administrator sees it as the table shows it. */
    private InterestRateEntryView changed(UUID id) {
        current.invalidate();
        InterestRateEntryView entry = findInterestRateEntry(Caller.system(), new InterestRateEntryId(id))
                .orElseThrow(() -> new IllegalStateException("entry " + id + " was just written"));
        // balances already computed (snapshots) may now be wrong from this day on; the ledger decides what to redo
        ratesChanged.publishEvent(new InterestRatesChanged(entry.rate(), entry.validFrom(), clock.instant(), CurrentRateTables.RECHECK));
        return entry;
    }

    private static String editableTableId(StatutoryRate rate) {
        String tableId = rate.tableId();
        if (tableId == null) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "%s is derived from %s; add the period to that table instead."
                    .formatted(rate, rate.derivedFrom()), "rate");
        }
        return tableId;
    }

    private static StatutoryRate knownRate(InterestRateEntryRow row) {
        StatutoryRate rate = RateLayers.rateOf(row.rateTable());
        if (rate == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "The table %s is no longer shipped.".formatted(row.rateTable()), "entryId");
        }
        return rate;
    }

    /**
     * A percentage of at most 100 with at most four decimals. Only a reference rate that others are derived from may
     * be negative: the German base rate was below zero from 2013 to 2022 (money-rules §3.1).
     */
    private static BigDecimal checkedPercent(StatutoryRate rate, BigDecimal percent) {
        boolean mayBeNegative = Arrays.stream(StatutoryRate.values()).anyMatch(r -> r.derivedFrom() == rate);
        BigDecimal floor = mayBeNegative ? HUNDRED.negate() : BigDecimal.ZERO;
        if (percent.compareTo(floor) < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > PERCENT_DECIMALS) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A %s rate is a percentage from %s to 100 with at most %d decimals; %s is not."
                    .formatted(rate, floor.toPlainString(), PERCENT_DECIMALS, percent.toPlainString()), "annualRatePercent");
        }
        return percent;
    }

    private static void checkPublishedThrough(LocalDate validFrom, @Nullable LocalDate publishedThrough) {
        if (publishedThrough != null && publishedThrough.isBefore(validFrom)) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "The rate cannot be known through %s, before it starts on %s."
                    .formatted(publishedThrough, validFrom), "publishedThrough");
        }
    }

    private static BigDecimal checkedExchangeRate(BigDecimal rate) {
        if (rate.signum() <= 0 || rate.compareTo(MAX_EXCHANGE_RATE) > 0 || rate.stripTrailingZeros().scale() > EXCHANGE_RATE_DECIMALS) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "An exchange rate is above 0 and at most %s with at most %d decimals; %s is not."
                    .formatted(MAX_EXCHANGE_RATE.toPlainString(), EXCHANGE_RATE_DECIMALS, rate.toPlainString()), "rate");
        }
        return rate;
    }

    private static String checkedSource(@Nullable String text, String field) {
        String source = text == null ? "" : text.strip();
        if (source.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "Say where the rate was published (or why it is withdrawn).", field);
        }
        if (source.length() > SOURCE_LENGTH) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "At most %d characters.".formatted(SOURCE_LENGTH), field);
        }
        return source;
    }
}
