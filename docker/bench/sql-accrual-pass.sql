-- The bare SQL floor of the nightly accrual run (make bench): one set-based pass that reads every case's postings with
-- its claims and case, and rewrites every balance snapshot from their sums — the rows the run reads and writes,
-- without computing interest and without the run's chunks, transactions and checkpoints. Rolled back, so the
-- database stays as the app left it.
\set ON_ERROR_STOP on
SET jit = off;
BEGIN;
UPDATE case_balances b
   SET principal_amount = s.principal, costs_amount = s.costs, paid_amount = s.paid, open_amount = s.open,
       as_of = current_date, updated_at = now(), version = b.version + 1
  FROM (SELECT p.case_id,
               coalesce(sum(p.amount) FILTER (WHERE p.component = 'PRINCIPAL'), 0) AS principal,
               coalesce(sum(p.amount) FILTER (WHERE p.component = 'COST'), 0) AS costs,
               coalesce(-sum(p.amount) FILTER (WHERE p.kind = 'ALLOCATION'), 0) AS paid,
               coalesce(sum(p.amount) FILTER (WHERE p.component IS NOT NULL), 0) AS open,
               min(cl.due_date) AS first_due, min(c.client_id::text) AS client
          FROM ledger_postings p
          JOIN cases c ON c.id = p.case_id
          LEFT JOIN claims cl ON cl.id = p.claim_id
         GROUP BY p.case_id) s
 WHERE s.case_id = b.case_id;
ROLLBACK;
