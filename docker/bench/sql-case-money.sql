-- pgbench script: the bare SQL behind GraphQL node(id:) { ... on Case { money(asOf:) { … } } } for the bench's money
-- case (50 claims, 200 payments): the case, its claims, its client and terms, every posting in booking order, and the
-- plans that could freeze its interest (Books.of). No interest is computed here: that is what the backend adds.
\set r random(:lo, :hi)
SELECT case_id AS cid FROM bench.terms WHERE id = :r \gset
SELECT * FROM cases WHERE id = :cid;
SELECT * FROM claims WHERE case_id = ANY(ARRAY[:cid]::uuid[]) ORDER BY due_date, invoice_date, invoice_number;
SELECT * FROM clients WHERE id = (SELECT client_id FROM cases WHERE id = :cid);
SELECT * FROM ledger_postings WHERE case_id = ANY(ARRAY[:cid]::uuid[]) ORDER BY case_id, sequence;
SELECT * FROM payment_plans WHERE case_id IN (:cid) AND interest_during_plan = 'FROZEN' ORDER BY case_id, starts_on;
