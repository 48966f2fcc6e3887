-- pgbench script: the bare SQL behind GraphQL cases(first: 50, filter: {statuses: …}) { totalCount nodes { … } }
-- with the staff app's case-list row (CaseSummaryFields: client, debtors, principalTotal, team, assignee), copied
-- from backend/src/main/java/io/vorda/cases/CaseDirectory.java#page and the Case field loaders: the total count (up
-- to the cap of 10 000; for the caseworker the teams' cases and their own outside those teams counted apart),
-- the first page (first + 1 rows, newest first), then the loaders' batches for the page's cases (parties in role,
-- the debtors, the claims). The caller's visibility (case_list_cw: the caseworker's teams or assigned to them;
-- case_list_sup: everything) comes with the term. One sampled status set per transaction (bench.terms ids lo..hi).
-- The page is read as an array of ids (array_agg around the app's statement) so the loaders can use it.
\set r random(:lo, :hi)
\set lim 51
SELECT statuses, coalesce(viewer::text, '') AS viewer, coalesce(teams, '{}') AS teams, (viewer IS NOT NULL)::int AS restricted
  FROM bench.terms WHERE id = :r \gset
\if :restricted
SELECT count(*) FROM ((SELECT 1 FROM cases c WHERE true AND c.status = ANY(:statuses::varchar[]) AND c.team_id = ANY(:teams::uuid[]) LIMIT 10001) UNION ALL (SELECT 1 FROM cases c WHERE true AND c.status = ANY(:statuses::varchar[]) AND c.assignee_user_id = :viewer::uuid AND (c.team_id IS NULL OR c.team_id <> ALL(:teams::uuid[])) LIMIT 10001)) matching;
SELECT array_agg(id)::text AS ids FROM (SELECT c.*, c.opened_on AS sort_value FROM cases c WHERE true AND c.status = ANY(:statuses::varchar[]) AND (c.team_id = ANY(:teams::uuid[]) OR c.assignee_user_id = :viewer::uuid) ORDER BY c.opened_on DESC, c.id DESC LIMIT :lim) p \gset
\else
SELECT count(*) FROM (SELECT 1 FROM cases c WHERE true AND c.status = ANY(:statuses::varchar[]) LIMIT 10001) matching;
SELECT array_agg(id)::text AS ids FROM (SELECT c.*, c.opened_on AS sort_value FROM cases c WHERE true AND c.status = ANY(:statuses::varchar[]) ORDER BY c.opened_on DESC, c.id DESC LIMIT :lim) p \gset
\endif
SELECT case_id, party_id, role FROM case_parties WHERE case_id = ANY(:ids::uuid[]) ORDER BY case_id, position;
SELECT * FROM parties WHERE id IN (SELECT party_id FROM case_parties WHERE case_id = ANY(:ids::uuid[]) AND role = 'DEBTOR');
SELECT * FROM claims WHERE case_id = ANY(:ids::uuid[]) ORDER BY due_date, invoice_number;
