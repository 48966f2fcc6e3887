package io.vorda.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.cases.CaseId;
import io.vorda.shared.Money;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SQL of {@code case_balances}: one snapshot row per case, read in batches, rewritten on every money event. */
@Singleton
class BalanceSnapshots {

    /** A snapshot row the accrual run will refresh, with the version it read (so a money event in between wins). */
    record Stale(CaseId caseId, long version) {
    }

    private static final String COLUMNS = "currency = excluded.currency, principal_amount = excluded.principal_amount, "
            + "interest_amount = excluded.interest_amount, costs_amount = excluded.costs_amount, paid_amount = excluded.paid_amount, "
            + "credit_amount = excluded.credit_amount, open_amount = excluded.open_amount, as_of = excluded.as_of, "
            + "updated_at = excluded.updated_at, version = case_balances.version + 1";

    private final JdbcOperations jdbc;

    BalanceSnapshots(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the case's snapshot, whatever was there. */
    void save(CaseId caseId, Balance balance, Instant now) {
        jdbc.prepareStatement("INSERT INTO case_balances (case_id, currency, principal_amount, interest_amount, costs_amount, "
                + "paid_amount, credit_amount, open_amount, as_of, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (case_id) DO UPDATE SET " + COLUMNS, statement -> {
            statement.setObject(1, caseId.value());
            bindAmounts(statement, 2, balance, now);
            return statement.executeUpdate();
        });
    }

    /** Writes the snapshot only if no money event rewrote it since {@code version} was read; false when one did. */
    boolean replace(Stale stale, Balance balance, Instant now) {
        return jdbc.prepareStatement("UPDATE case_balances SET currency = ?, principal_amount = ?, interest_amount = ?, "
                + "costs_amount = ?, paid_amount = ?, credit_amount = ?, open_amount = ?, as_of = ?, updated_at = ?, "
                + "version = version + 1 WHERE case_id = ? AND version = ?", statement -> {
            bindAmounts(statement, 1, balance, now);
            statement.setObject(10, stale.caseId().value());
            statement.setLong(11, stale.version());
            return statement.executeUpdate() == 1;
        });
    }

    /** The open balance of each case that has a snapshot. */
    Map<CaseId, Money> openOf(Collection<CaseId> cases) {
        Map<CaseId, Money> result = new LinkedHashMap<>();
        if (!cases.isEmpty()) {
            jdbc.prepareStatement("SELECT case_id, open_amount, currency FROM case_balances WHERE case_id = ANY(?)",
                    statement -> SqlRows.list(statement, List.of((Object) cases.stream().map(CaseId::value).toArray(UUID[]::new)), rs -> {
                        result.put(new CaseId(rs.getObject(1, UUID.class)),
                                new Money(rs.getBigDecimal(2), Currency.getInstance(rs.getString(3))));
                        return null;
                    }));
        }
        return result;
    }

    /** Of these cases, those whose snapshot an interest rate change may have made wrong (not yet recomputed). */
    java.util.Set<CaseId> outdatedOf(Collection<CaseId> cases) {
        java.util.Set<CaseId> result = new java.util.HashSet<>();
        if (!cases.isEmpty()) {
            jdbc.prepareStatement("SELECT b.case_id FROM case_balances b WHERE b.case_id = ANY(?) AND " + RateChanges.STALE_SNAPSHOT,
                    statement -> SqlRows.list(statement, List.of((Object) cases.stream().map(CaseId::value).toArray(UUID[]::new)),
                            rs -> result.add(new CaseId(rs.getObject(1, UUID.class)))));
        }
        return result;
    }

    /**
     * The next snapshots to refresh, in case-id order after {@code after} (keyset, for the accrual run): older than
     * {@code day}, or written before an interest rate change that reaches their day.
     */
    List<Stale> staleAfter(@Nullable UUID after, LocalDate day, int limit) {
        return jdbc.prepareStatement("SELECT b.case_id, b.version FROM case_balances b WHERE b.case_id > ? AND (b.as_of < ? OR "
                + RateChanges.STALE_SNAPSHOT + ") ORDER BY b.case_id LIMIT ?", statement -> SqlRows.list(statement,
                List.of(after == null ? new UUID(0L, 0L) : after, Date.valueOf(day), limit),
                rs -> new Stale(new CaseId(rs.getObject(1, UUID.class)), rs.getLong(2))));
    }

    /** Binds currency, the six amounts, the day and the time, from parameter {@code first} on (nine parameters). */
    private static void bindAmounts(PreparedStatement statement, int first, Balance balance, Instant now) throws SQLException {
        statement.setString(first, balance.open().currency().getCurrencyCode());
        List<Money> amounts = List.of(balance.principal(), balance.interest(), balance.costs(), balance.paid(), balance.credit(), balance.open());
        for (int i = 0; i < amounts.size(); i++) {
            statement.setBigDecimal(first + 1 + i, amounts.get(i).amount());
        }
        statement.setDate(first + 7, Date.valueOf(balance.asOf()));
        statement.setTimestamp(first + 8, Timestamp.from(now));
    }
}
