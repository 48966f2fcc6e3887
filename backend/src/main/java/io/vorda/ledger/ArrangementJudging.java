package io.vorda.ledger;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.vorda.arrangement.ArrangementMonitor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/**
 * Judges a case's payment plan and promises as soon as a payment on it is booked or reversed (ADR 0012: "judgeCase
 * re-judges one case at once"), so an instalment shows PAID and a promise KEPT the moment the money is there instead of
 * after the nightly monitor run.
 * <p>
 * After commit, not inside the payment's transaction: a failure to judge (a lock, a bug, a missing rate) must never roll
 * back the payment, and a PostgreSQL error inside the payment's transaction would abort it whatever we catch. The
 * judgement reads the committed payments, runs in a transaction of its own, and if it fails the nightly monitor run
 * judges the case anyway — so a failure is logged and left to that run.
 */
@Singleton
class ArrangementJudging {

    private static final Logger LOG = LoggerFactory.getLogger(ArrangementJudging.class);

    private final ArrangementMonitor monitor;
    private final TransactionOperations<Connection> transactions;

    ArrangementJudging(ArrangementMonitor monitor, TransactionOperations<Connection> transactions) {
        this.monitor = monitor;
        this.transactions = transactions;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void on(PaymentsChanged event) {
        try {
            // a new transaction: after commit the finished one may still be bound to the thread, and joining it would
            // leave the judgement uncommitted
            transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
                monitor.judgeCase(event.caseId());
                return null;
            });
        } catch (RuntimeException e) { // the payment stands; the nightly monitor run judges the case again
            LOG.warn("Judging the arrangements of case {} after payment {} failed; the nightly run will", event.caseId().value(),
                    event.payment().value(), e);
        }
    }
}
