-- pgbench script: the bare SQL behind one GraphQL caseSearch(text, first: 10), copied from
-- backend/src/main/java/io/vorda/cases/Cases.java#search and CaseDirectory.java#search: first the party quick
-- search (PartyDirectory#search, first: 20, the lookups the term's shape calls for; see sql-quick-search.sql),
-- then the case search: one index lookup per identifier and the parties found, united (CaseDirectory#search). One sampled term per transaction
-- (bench.terms ids lo..hi, kinds case_ref and case_name; run as a caller who sees every case).
\set r random(:lo, :hi)
\set lim 20
\set first 10
SELECT term AS t, lt, compact, case_compact, q_iban, q_email, q_phone, q_reg, q_pc, q_name, coalesce(pc_key, '') AS pc_key,
       coalesce(pc_number, '') AS pc_number, (pc_number IS NOT NULL)::int AS q_pcn
  FROM bench.terms WHERE id = :r \gset
\if :q_iban
SELECT p.* FROM parties p JOIN party_bank_accounts b ON b.party_id = p.id WHERE b.iban = :compact AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_email
SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id WHERE c.kind = 'EMAIL' AND c.value_key = :lt AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_phone
SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id WHERE c.kind = 'PHONE' AND c.value_key = :t AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_reg
SELECT * FROM parties WHERE (registration_number = :compact OR vat_number = :compact) AND merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_pc
\if :q_pcn
SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id WHERE a.postcode_key = :pc_key AND a.house_number = :pc_number AND p.merged_into_id IS NULL LIMIT :lim;
\else
SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id WHERE a.postcode_key = :pc_key AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\endif
\if :q_name
SELECT coalesce(array_agg(id)::text, '{}') AS pids, (count(*) > 0)::int AS has_pids FROM bench.name_search(:lt, :lim) \gset
\else
SELECT '{}' AS pids, 0 AS has_pids \gset
\endif
\if :has_pids
SELECT c.* FROM cases c WHERE c.id IN (SELECT id FROM cases WHERE reference = :t UNION SELECT id FROM cases WHERE payment_reference = :case_compact UNION SELECT case_id FROM claims WHERE invoice_number = :t UNION SELECT case_id FROM claims WHERE client_reference = :t UNION SELECT case_id FROM case_parties WHERE party_id = ANY(:pids::uuid[])) ORDER BY (c.reference = :t) DESC, c.opened_on DESC, c.id DESC LIMIT :first;
\else
SELECT c.* FROM cases c WHERE c.id IN (SELECT id FROM cases WHERE reference = :t UNION SELECT id FROM cases WHERE payment_reference = :case_compact UNION SELECT case_id FROM claims WHERE invoice_number = :t UNION SELECT case_id FROM claims WHERE client_reference = :t) ORDER BY (c.reference = :t) DESC, c.opened_on DESC, c.id DESC LIMIT :first;
\endif
