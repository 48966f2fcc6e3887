package io.vorda.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Caller;
import io.vorda.arrangement.CaseMoney;
import io.vorda.arrangement.ReceivedPayment;
import io.vorda.cases.CaseId;
import io.vorda.shared.Money;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;

/**
 * The ledger answering what payment plans and promises need (arrangement's {@link CaseMoney} port): the open balance
 * as the statement of account computes it, and the payments booked on each case that still stand. Runs as the
 * system: the arrangement door has already checked that its caller may see the case.
 */
@Singleton
class ArrangementMoney implements CaseMoney {

    private final Ledger ledger;
    private final JdbcOperations jdbc;

    ArrangementMoney(Ledger ledger, JdbcOperations jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Money openBalance(CaseId caseId, LocalDate asOf) {
        io.vorda.ledger.CaseMoney money = ledger.moneyOf(Caller.system(), List.of(caseId), asOf).get(caseId);
        if (money == null) {
            throw new IllegalStateException("case " + caseId.value() + " has no account");
        }
        return money.balance().open();
    }

    /** A PAYMENT row holds what the case received of a payment (its part of a split); a REVERSAL row cancels it. */
    @Override
    @Transactional(readOnly = true)
    public Map<CaseId, List<ReceivedPayment>> paymentsRecorded(Collection<CaseId> caseIds, Instant since) {
        Map<CaseId, List<ReceivedPayment>> result = new LinkedHashMap<>();
        caseIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.prepareStatement("SELECT p.case_id, p.amount, p.currency, p.value_date, p.booked_at FROM ledger_postings p "
                + "WHERE p.kind = 'PAYMENT' AND p.case_id = ANY(?) AND p.booked_at >= ? "
                + "AND NOT EXISTS (SELECT 1 FROM ledger_postings r WHERE r.reverses_posting_id = p.id) "
                + "ORDER BY p.case_id, p.value_date, p.sequence",
                statement -> SqlRows.list(statement,
                        List.of(caseIds.stream().map(CaseId::value).toArray(UUID[]::new), Timestamp.from(since)), rs -> {
                            result.get(new CaseId(rs.getObject(1, UUID.class))).add(new ReceivedPayment(
                                    new Money(rs.getBigDecimal(2), Currency.getInstance(rs.getString(3))),
                                    rs.getDate(4).toLocalDate(), rs.getTimestamp(5).toInstant()));
                            return null;
                        }));
        result.replaceAll((id, payments) -> List.copyOf(payments));
        return result;
    }
}
