package io.vorda.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.cases.CaseId;
import io.vorda.shared.Money;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SQL of {@code ledger_postings}: append a batch, read whole accounts, lock one account while it changes. */
@Singleton
class Postings {

    private final JdbcOperations jdbc;

    Postings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises money events on one case across transactions and backend instances: two payments booked at once
     * would otherwise both re-allocate from the same state. Held until the transaction ends.
     */
    void lock(CaseId caseId) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", statement -> {
            statement.setString(1, "ledger:" + caseId.value());
            statement.executeQuery().close();
            return null;
        });
    }

    void append(List<PostingView> postings) {
        if (postings.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO ledger_postings (id, case_id, claim_id, kind, component, amount, currency, value_date, "
                + "booked_at, payment_id, designated_claim_ids, reverses_posting_id, explanation, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            for (PostingView p : postings) {
                statement.setObject(1, p.id().value());
                statement.setObject(2, p.caseId().value());
                statement.setObject(3, p.claimId());
                statement.setString(4, p.kind().name());
                statement.setString(5, p.component() == null ? null : p.component().name());
                statement.setBigDecimal(6, p.amount().amount());
                statement.setString(7, p.amount().currency().getCurrencyCode());
                statement.setDate(8, Date.valueOf(p.valueDate()));
                statement.setTimestamp(9, Timestamp.from(p.bookedAt()));
                statement.setObject(10, p.payment() == null ? null : p.payment().value());
                if (p.designatedClaims().isEmpty()) {
                    statement.setNull(11, Types.ARRAY);
                } else {
                    statement.setArray(11, statement.getConnection().createArrayOf("uuid", p.designatedClaims().toArray(UUID[]::new)));
                }
                statement.setObject(12, p.reverses() == null ? null : p.reverses().value());
                statement.setString(13, p.explanation());
                statement.setString(14, p.bookedBy());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** Every posting of the given cases, in booking order; cases without postings map to an empty list. */
    Map<CaseId, List<PostingView>> ofCases(Collection<CaseId> cases) {
        Map<CaseId, List<PostingView>> result = new LinkedHashMap<>();
        cases.forEach(c -> result.put(c, new ArrayList<>()));
        if (!cases.isEmpty()) {
            query("SELECT * FROM ledger_postings WHERE case_id = ANY(?) ORDER BY sequence",
                    List.of((Object) cases.stream().map(CaseId::value).toArray(UUID[]::new)))
                    .forEach(p -> result.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p));
        }
        return result;
    }

    /** Every posting of the given payments (their payment, allocation, credit and reversal rows), in booking order. */
    List<PostingView> ofPayments(Collection<PaymentId> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        return query("SELECT * FROM ledger_postings WHERE payment_id = ANY(?) ORDER BY sequence",
                List.of((Object) payments.stream().map(PaymentId::value).toArray(UUID[]::new)));
    }

    private List<PostingView> query(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, Postings::row));
    }

    private static PostingView row(ResultSet rs) throws SQLException {
        String component = rs.getString("component");
        UUID payment = rs.getObject("payment_id", UUID.class);
        UUID reverses = rs.getObject("reverses_posting_id", UUID.class);
        Array designated = rs.getArray("designated_claim_ids");
        return new PostingView(new PostingId(rs.getObject("id", UUID.class)), rs.getLong("sequence"),
                new CaseId(rs.getObject("case_id", UUID.class)), rs.getObject("claim_id", UUID.class),
                PostingKind.valueOf(rs.getString("kind")), component == null ? null : Component.valueOf(component),
                new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                rs.getDate("value_date").toLocalDate(), rs.getTimestamp("booked_at").toInstant(),
                payment == null ? null : new PaymentId(payment),
                designated == null ? List.of() : Arrays.asList((UUID[]) designated.getArray()),
                reverses == null ? null : new PostingId(reverses), rs.getString("explanation"), rs.getString("created_by"));
    }
}
