-- pgbench script: the bare SQL behind GraphQL node(id:) { ... on Case { …CaseDetailFields } } (the staff app's case
-- page): the case (CaseRepository.findById), its parties in role, those parties and their contact channels, the
-- claims, notes and timeline (the Case field loaders' batches for one case). The client, team and user lookups
-- (small tables) are left out. One sampled case per transaction (bench.terms ids lo..hi).
\set r random(:lo, :hi)
SELECT case_id AS cid FROM bench.terms WHERE id = :r \gset
SELECT * FROM cases WHERE id = :cid;
SELECT case_id, party_id, role FROM case_parties WHERE case_id = ANY(ARRAY[:cid]::uuid[]) ORDER BY case_id, position;
SELECT * FROM parties WHERE id IN (SELECT party_id FROM case_parties WHERE case_id = :cid);
SELECT * FROM party_contact_channels WHERE party_id IN (SELECT party_id FROM case_parties WHERE case_id = :cid) ORDER BY kind, created_at;
SELECT * FROM claims WHERE case_id IN (:cid) ORDER BY due_date, invoice_number;
SELECT * FROM case_notes WHERE case_id IN (:cid) ORDER BY created_at DESC;
SELECT * FROM case_events WHERE case_id IN (:cid) ORDER BY occurred_at DESC, id DESC;
