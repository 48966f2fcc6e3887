package io.vorda.rate;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.shared.Cursor;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The SQL behind {@code exchange_rates}: keyset pages of the current entries, look-ups by pair and day, appends. */
@Singleton
class ExchangeRateEntries {

    private static final String SELECT = "SELECT e.*, NOT EXISTS (SELECT 1 FROM exchange_rates s WHERE s.supersedes = e.id) AS is_current "
            + "FROM exchange_rates e";
    private static final String CURRENT = " NOT EXISTS (SELECT 1 FROM exchange_rates s WHERE s.supersedes = e.id)";

    private final JdbcOperations jdbc;

    ExchangeRateEntries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The current entry of every pair and day (withdrawn ones too, so they stay visible), newest day first. */
    @Transactional(readOnly = true)
    Page<ExchangeRateRow> page(ExchangeRateFilter filter, PageRequest page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE").append(CURRENT);
        if (filter.baseCurrency() != null) {
            where.append(" AND e.base_currency = ?");
            args.add(filter.baseCurrency().getCurrencyCode());
        }
        if (filter.quoteCurrency() != null) {
            where.append(" AND e.quote_currency = ?");
            args.add(filter.quoteCurrency().getCurrencyCode());
        }
        if (filter.from() != null) {
            where.append(" AND e.rate_date >= ?");
            args.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND e.rate_date <= ?");
            args.add(Date.valueOf(filter.to()));
        }
        long total = jdbc.prepareStatement("SELECT count(*) FROM exchange_rates e" + where, statement ->
                SqlRows.list(statement, args, rs -> rs.getLong(1))).get(0);
        List<Object> pageArgs = new ArrayList<>(args);
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            where.append(" AND (e.rate_date, e.id) < (?, ?)");
            try {
                pageArgs.add(Date.valueOf(LocalDate.parse(key.get(0))));
                pageArgs.add(UUID.fromString(key.get(1)));
            } catch (RuntimeException e) { // a cursor that decodes but does not hold a date and an id: tampered with
                throw new DomainException(ErrorCode.INVALID_FORMAT, "after is not a cursor from this list", "after");
            }
        }
        pageArgs.add(page.size() + 1);
        List<ExchangeRateRow> rows = query(SELECT + where + " ORDER BY e.rate_date DESC, e.id DESC LIMIT ?", pageArgs);
        boolean more = rows.size() > page.size();
        List<ExchangeRateRow> shown = more ? rows.subList(0, page.size()) : rows;
        return new Page<>(shown, shown.stream().map(r -> Cursor.encode(r.rateDate().toString(), r.id().toString())).toList(),
                more, page.after() != null, total);
    }

    @Transactional(readOnly = true)
    Optional<ExchangeRateRow> find(UUID id) {
        return query(SELECT + " WHERE e.id = ?", List.of(id)).stream().findFirst();
    }

    /** Every entry of each key, newest first, in one statement (for the history of a page of rates). */
    @Transactional(readOnly = true)
    Map<ExchangeRateKey, List<ExchangeRateRow>> histories(Collection<ExchangeRateKey> keys) {
        Map<ExchangeRateKey, List<ExchangeRateRow>> result = new LinkedHashMap<>();
        keys.forEach(key -> result.put(key, new ArrayList<>()));
        if (keys.isEmpty()) {
            return result;
        }
        List<ExchangeRateKey> list = List.copyOf(keys);
        String[] bases = list.stream().map(k -> k.baseCurrency().getCurrencyCode()).toArray(String[]::new);
        String[] quotes = list.stream().map(k -> k.quoteCurrency().getCurrencyCode()).toArray(String[]::new);
        String[] days = list.stream().map(k -> k.rateDate().toString()).toArray(String[]::new);
        query(SELECT + " WHERE (e.base_currency, e.quote_currency, e.rate_date) IN "
                + "(SELECT b, q, d::date FROM unnest(?, ?, ?) AS k (b, q, d)) ORDER BY e.entry_number DESC", List.of(bases, quotes, days))
                .forEach(row -> result.get(new ExchangeRateKey(row.baseCurrency(), row.quoteCurrency(), row.rateDate())).add(row));
        return result;
    }

    /** The rate that applies to a pair on a day: the current entry, unless it was withdrawn. */
    @Transactional(readOnly = true)
    Optional<BigDecimal> rateOn(Currency base, Currency quote, LocalDate day) {
        return query(SELECT + " WHERE e.base_currency = ? AND e.quote_currency = ? AND e.rate_date = ? AND" + CURRENT,
                List.of(base.getCurrencyCode(), quote.getCurrencyCode(), Date.valueOf(day))).stream()
                .filter(row -> row.kind() != RateEntryKind.WITHDRAWN).map(ExchangeRateRow::rate).findFirst();
    }

    /** Enters a rate for a pair and day: refused while an entry for that day applies, allowed again after a withdrawal. */
    @Transactional
    ExchangeRateRow add(NewExchangeRate rate, String by, Instant at) {
        Optional<ExchangeRateRow> head = query(SELECT + " WHERE e.base_currency = ? AND e.quote_currency = ? AND e.rate_date = ? AND" + CURRENT,
                List.of(rate.baseCurrency().getCurrencyCode(), rate.quoteCurrency().getCurrencyCode(), Date.valueOf(rate.rateDate())))
                .stream().findFirst();
        if (head.isPresent() && head.get().kind() != RateEntryKind.WITHDRAWN) {
            throw new DomainException(ErrorCode.RATE_ALREADY_ENTERED, "A %s/%s rate for %s is already entered (%s by %s); correct that entry instead."
                    .formatted(rate.baseCurrency(), rate.quoteCurrency(), rate.rateDate(), head.get().rate(), head.get().createdBy()), "rateDate");
        }
        return insert(new ExchangeRateRow(UUID.randomUUID(), rate.baseCurrency(), rate.quoteCurrency(), rate.rateDate(), rate.rate(),
                rate.isConfirmed(), rate.source(), RateEntryKind.ADDED, head.map(ExchangeRateRow::id).orElse(null), at, by, true), "rateDate");
    }

    /** Appends the entry {@code next} makes of the current entry {@code id}; refused when {@code id} is no longer current. */
    @Transactional
    ExchangeRateRow supersede(UUID id, Function<ExchangeRateRow, ExchangeRateRow> next) {
        ExchangeRateRow previous = find(id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No exchange rate entry " + id, "exchangeRateId"));
        if (!previous.isCurrent()) {
            throw EntryChains.changedMeanwhile("exchangeRateId");
        }
        return insert(next.apply(previous), "exchangeRateId");
    }

    private ExchangeRateRow insert(ExchangeRateRow row, String field) {
        return EntryChains.inserting(field, () -> jdbc.prepareStatement("INSERT INTO exchange_rates (id, base_currency, quote_currency, "
                + "rate_date, rate, is_confirmed, source, kind, supersedes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            SqlRows.bind(statement, Arrays.asList(row.id(), row.baseCurrency().getCurrencyCode(), row.quoteCurrency().getCurrencyCode(),
                    Date.valueOf(row.rateDate()), row.rate(), row.isConfirmed(), row.source(), row.kind().name(), row.supersedes(),
                    Timestamp.from(row.createdAt()), row.createdBy()));
            statement.executeUpdate();
            return row;
        }));
    }

    private List<ExchangeRateRow> query(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, ExchangeRateEntries::row));
    }

    private static ExchangeRateRow row(ResultSet rs) throws SQLException {
        return new ExchangeRateRow(rs.getObject("id", UUID.class), Currency.getInstance(rs.getString("base_currency")),
                Currency.getInstance(rs.getString("quote_currency")), rs.getDate("rate_date").toLocalDate(), EntryChains.plain(rs.getBigDecimal("rate")),
                rs.getBoolean("is_confirmed"), rs.getString("source"), RateEntryKind.valueOf(rs.getString("kind")),
                rs.getObject("supersedes", UUID.class), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getBoolean("is_current"));
    }
}
