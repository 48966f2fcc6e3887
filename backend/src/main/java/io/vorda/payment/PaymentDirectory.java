package io.vorda.payment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.cases.CaseId;
import io.vorda.ledger.PaymentId;
import io.vorda.party.PartyId;
import io.vorda.shared.Cursor;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SQL of payments, their parts and reversals: append, read in batches, list keyset-paged. */
@Singleton
class PaymentDirectory {

    /** A payments row before its parts and reversal are joined to it. */
    private record Row(PaymentId id, Money amount, LocalDate valueDate, PaymentMethod method, @Nullable PartyId payer,
                       @Nullable String note, @Nullable SplitScheme scheme, Instant at, String by) {
    }

    private final JdbcOperations jdbc;

    PaymentDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PaymentView payment) {
        jdbc.prepareStatement("INSERT INTO payments (id, amount, currency, value_date, method, payer_party_id, note, split_scheme, "
                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            SqlRows.bind(statement, Arrays.asList(payment.id().value(), payment.amount().amount(),
                    payment.amount().currency().getCurrencyCode(), Date.valueOf(payment.valueDate()), payment.method().name(),
                    payment.payer() == null ? null : payment.payer().value(), payment.note(),
                    payment.splitScheme() == null ? null : payment.splitScheme().name(), Timestamp.from(payment.registeredAt()),
                    payment.registeredBy()));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO payment_parts (payment_id, case_id, amount, currency, designated_claim_ids, position) "
                + "VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            int position = 0;
            for (PaymentPart part : payment.parts()) {
                statement.setObject(1, payment.id().value());
                statement.setObject(2, part.caseId().value());
                statement.setBigDecimal(3, part.amount().amount());
                statement.setString(4, part.amount().currency().getCurrencyCode());
                if (part.designatedClaims().isEmpty()) {
                    statement.setNull(5, Types.ARRAY);
                } else {
                    statement.setArray(5, statement.getConnection().createArrayOf("uuid", part.designatedClaims().toArray(UUID[]::new)));
                }
                statement.setInt(6, position++);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    void insertReversal(PaymentId payment, PaymentReversal reversal) {
        jdbc.prepareStatement("INSERT INTO payment_reversals (payment_id, reason, created_at, created_by) VALUES (?, ?, ?, ?)",
                statement -> {
                    SqlRows.bind(statement, List.of(payment.value(), reversal.reason(), Timestamp.from(reversal.reversedAt()),
                            reversal.reversedBy()));
                    return statement.executeUpdate();
                });
    }

    Map<PaymentId, PaymentView> find(Collection<PaymentId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = query("SELECT * FROM payments WHERE id = ANY(?)",
                List.of((Object) ids.stream().map(PaymentId::value).toArray(UUID[]::new)));
        Map<PaymentId, PaymentView> result = new LinkedHashMap<>();
        views(rows).forEach(v -> result.put(v.id(), v));
        return result;
    }

    /** Payments matching the filter, keyset-paged in the given order. */
    Page<PaymentView> page(PaymentFilter filter, PaymentOrder order, PageRequest page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.caseId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM payment_parts pp WHERE pp.payment_id = p.id AND pp.case_id = ?)");
            args.add(filter.caseId().value());
        }
        if (filter.payer() != null) {
            where.append(" AND p.payer_party_id = ?");
            args.add(filter.payer().value());
        }
        if (filter.methods() != null && !filter.methods().isEmpty()) {
            where.append(" AND p.method = ANY(?)");
            args.add(filter.methods().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.valueDateFrom() != null) {
            where.append(" AND p.value_date >= ?");
            args.add(Date.valueOf(filter.valueDateFrom()));
        }
        if (filter.valueDateTo() != null) {
            where.append(" AND p.value_date <= ?");
            args.add(Date.valueOf(filter.valueDateTo()));
        }
        if (filter.amountFrom() != null) {
            where.append(" AND p.amount >= ?");
            args.add(filter.amountFrom());
        }
        if (filter.amountTo() != null) {
            where.append(" AND p.amount <= ?");
            args.add(filter.amountTo());
        }
        if (filter.reversed() != null) {
            where.append(filter.reversed() ? " AND" : " AND NOT").append(" EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)");
        }
        long total = jdbc.prepareStatement("SELECT count(*) FROM payments p" + where,
                statement -> SqlRows.list(statement, args, rs -> rs.getLong(1))).get(0);
        boolean byAmount = order.field() == PaymentOrder.Field.AMOUNT;
        String key = byAmount ? "p.amount" : "p.value_date";
        String direction = order.ascending() ? "ASC" : "DESC";
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("SELECT p.* FROM payments p").append(where);
        if (page.after() != null) {
            List<String> cursor = Cursor.decode(page.after(), 2);
            sql.append(" AND (").append(key).append(", p.id) ").append(order.ascending() ? ">" : "<").append(" (?, ?)");
            try {
                pageArgs.add(byAmount ? new BigDecimal(cursor.get(0)) : Date.valueOf(cursor.get(0)));
                pageArgs.add(UUID.fromString(cursor.get(1)));
            } catch (IllegalArgumentException e) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "after is not a cursor from this list", "after");
            }
        }
        sql.append(" ORDER BY ").append(key).append(' ').append(direction).append(", p.id ").append(direction).append(" LIMIT ?");
        pageArgs.add(page.size() + 1);
        List<Row> rows = query(sql.toString(), pageArgs);
        boolean more = rows.size() > page.size();
        List<PaymentView> shown = views(more ? rows.subList(0, page.size()) : rows);
        return new Page<>(shown, shown.stream().map(p -> Cursor.encode(byAmount ? p.amount().amount().toPlainString()
                : p.valueDate().toString(), p.id().value().toString())).toList(), more, page.after() != null, total);
    }

    private List<PaymentView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object ids = rows.stream().map(r -> r.id().value()).toArray(UUID[]::new);
        Map<UUID, List<PaymentPart>> parts = new HashMap<>();
        jdbc.prepareStatement("SELECT * FROM payment_parts WHERE payment_id = ANY(?) ORDER BY payment_id, position",
                statement -> SqlRows.list(statement, List.of(ids), rs -> {
                    Array designated = rs.getArray("designated_claim_ids");
                    parts.computeIfAbsent(rs.getObject("payment_id", UUID.class), k -> new ArrayList<>()).add(new PaymentPart(
                            new CaseId(rs.getObject("case_id", UUID.class)),
                            new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                            designated == null ? List.of() : Arrays.asList((UUID[]) designated.getArray())));
                    return null;
                }));
        Map<UUID, PaymentReversal> reversals = new HashMap<>();
        jdbc.prepareStatement("SELECT * FROM payment_reversals WHERE payment_id = ANY(?)",
                statement -> SqlRows.list(statement, List.of(ids), rs -> reversals.put(rs.getObject("payment_id", UUID.class),
                        new PaymentReversal(rs.getString("reason"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))));
        return rows.stream().map(r -> new PaymentView(r.id(), r.amount(), r.valueDate(), r.method(), r.payer(), r.note(),
                r.scheme(), parts.getOrDefault(r.id().value(), List.of()), r.at(), r.by(), reversals.get(r.id().value()))).toList();
    }

    private List<Row> query(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, PaymentDirectory::row));
    }

    private static Row row(ResultSet rs) throws SQLException {
        UUID payer = rs.getObject("payer_party_id", UUID.class);
        String scheme = rs.getString("split_scheme");
        return new Row(new PaymentId(rs.getObject("id", UUID.class)),
                new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                rs.getDate("value_date").toLocalDate(), PaymentMethod.valueOf(rs.getString("method")),
                payer == null ? null : new PartyId(payer), rs.getString("note"), scheme == null ? null : SplitScheme.valueOf(scheme),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
