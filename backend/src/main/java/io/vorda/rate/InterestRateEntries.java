package io.vorda.rate;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The SQL behind {@code interest_rate_periods}: read everything (the table stays small), append one entry. */
@Singleton
class InterestRateEntries {

    private static final String CURRENT = "NOT EXISTS (SELECT 1 FROM interest_rate_periods s WHERE s.supersedes = p.id)";

    private final JdbcOperations jdbc;

    InterestRateEntries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry ever made, oldest first: a few per table and half-year, so a few hundred in a decade. */
    @Transactional(readOnly = true)
    List<InterestRateEntryRow> all() {
        return query("SELECT * FROM interest_rate_periods p ORDER BY entry_number", List.of());
    }

    /** How many entries exist; entries are only ever added, so a new number means new data. */
    @Transactional(readOnly = true)
    long count() {
        return jdbc.prepareStatement("SELECT count(*) FROM interest_rate_periods", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Adds a rate for a day of a table: refused while an entry for that day applies, allowed again after a withdrawal. */
    @Transactional
    InterestRateEntryRow add(String rateTable, LocalDate validFrom, BigDecimal percent, @Nullable LocalDate publishedThrough,
                             boolean isConfirmed, String source, String by, Instant at) {
        Optional<InterestRateEntryRow> head = query("SELECT * FROM interest_rate_periods p WHERE rate_table = ? AND valid_from = ? AND "
                + CURRENT, List.of(rateTable, Date.valueOf(validFrom))).stream().findFirst();
        if (head.isPresent() && head.get().kind() != RateEntryKind.WITHDRAWN) {
            throw new DomainException(ErrorCode.RATE_ALREADY_ENTERED, "A rate from %s is already entered (%s %% by %s); correct that entry instead."
                    .formatted(validFrom, head.get().annualRatePercent(), head.get().createdBy()), "validFrom");
        }
        return insert(new InterestRateEntryRow(UUID.randomUUID(), rateTable, validFrom, percent, publishedThrough, isConfirmed,
                source, RateEntryKind.ADDED, head.map(InterestRateEntryRow::id).orElse(null), at, by), "validFrom");
    }

    /** Appends the entry {@code next} makes of the current entry {@code id}; refused when {@code id} is no longer current. */
    @Transactional
    InterestRateEntryRow supersede(UUID id, Function<InterestRateEntryRow, InterestRateEntryRow> next) {
        InterestRateEntryRow previous = query("SELECT * FROM interest_rate_periods p WHERE id = ?", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No rate period entry " + id, "entryId"));
        if (query("SELECT * FROM interest_rate_periods p WHERE supersedes = ?", List.of(id)).size() > 0) {
            throw EntryChains.changedMeanwhile("entryId");
        }
        return insert(next.apply(previous), "entryId");
    }

    private InterestRateEntryRow insert(InterestRateEntryRow row, String field) {
        return EntryChains.inserting(field, () -> jdbc.prepareStatement("INSERT INTO interest_rate_periods (id, rate_table, valid_from, "
                + "annual_rate_percent, published_through, is_confirmed, source, kind, supersedes, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            SqlRows.bind(statement, java.util.Arrays.asList(row.id(), row.rateTable(), Date.valueOf(row.validFrom()),
                    row.annualRatePercent(), row.publishedThrough() == null ? null : Date.valueOf(row.publishedThrough()),
                    row.isConfirmed(), row.source(), row.kind().name(), row.supersedes(), Timestamp.from(row.createdAt()), row.createdBy()));
            statement.executeUpdate();
            return row;
        }));
    }

    private List<InterestRateEntryRow> query(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, InterestRateEntries::row));
    }

    private static InterestRateEntryRow row(ResultSet rs) throws SQLException {
        Date through = rs.getDate("published_through");
        return new InterestRateEntryRow(rs.getObject("id", UUID.class), rs.getString("rate_table"), rs.getDate("valid_from").toLocalDate(),
                EntryChains.plain(rs.getBigDecimal("annual_rate_percent")), through == null ? null : through.toLocalDate(), rs.getBoolean("is_confirmed"),
                rs.getString("source"), RateEntryKind.valueOf(rs.getString("kind")), rs.getObject("supersedes", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
