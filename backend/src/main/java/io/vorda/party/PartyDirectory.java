package io.vorda.party;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.Cursor;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL behind quick search, advanced search and the duplicate check. Every lookup hits an index: the word list
 * and the parties' words for quick search by name, trigram on names for advanced search, b-tree on IBAN, channel value, postcode + house number and registration number. Merged-away parties
 * never show up.
 */
@Singleton
class PartyDirectory {

    private static final Pattern IBAN_LIKE = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$");
    /**
     * A postcode, optionally with a house number and an addition: NL "1234 AB" (with or without the space), BE
     * "1000", DE "10115", PL "00-950" (with or without the dash); e.g. "1234 AB 12", "1234AB 12a", "00-950 7".
     */
    private static final Pattern POSTCODE_AND_NUMBER =
            Pattern.compile("^([0-9]{4}\\s?[A-Z]{2}|[0-9]{4,5}|[0-9]{2}-?[0-9]{3})\\s*([0-9]+)?\\s*[A-Z]?$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{6,}$");
    private static final Pattern REGISTRATION_LIKE = Pattern.compile("^[A-Z]{2}[0-9A-Z]{8,13}$");
    /** Identifiers no name looks like: a VAT number or an RF payment reference (two letters, then six digits or more). */
    private static final Pattern VAT_OR_RF_LIKE = Pattern.compile("^[A-Z]{2}[0-9]{6,}[0-9A-Z]*$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /**
     * Matches of a name criterion that are still sorted one by one rather than found along the name index: reading
     * 20 000 ids and names takes ~60 ms; a word on more parties than this is dense enough for the walk (ADR 0008).
     */
    private static final long SORT_ALL_MATCHES = 100_000;

    private final JdbcOperations jdbc;
    private final PartyNameWords words;

    PartyDirectory(JdbcOperations jdbc, PartyNameWords words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    /** Ranked quick-search hits: exact identifiers score 1, names by trigram similarity. */
    List<SearchHit> search(String text, int limit, java.util.function.Function<PartyRow, PartyView> view) {
        String raw = text.strip();
        String compact = raw.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        Map<UUID, Scored> hits = new LinkedHashMap<>();
        if (IBAN_LIKE.matcher(compact).matches()) {
            collect(hits, "SELECT p.* FROM parties p JOIN party_bank_accounts b ON b.party_id = p.id "
                    + "WHERE b.iban = ? AND p.merged_into_id IS NULL LIMIT ?", List.of(compact, limit), "IBAN", BigDecimal.ONE);
        }
        if (raw.contains("@")) {
            collect(hits, "SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id "
                    + "WHERE c.kind = 'EMAIL' AND c.value_key = ? AND p.merged_into_id IS NULL LIMIT ?",
                    List.of(raw.toLowerCase(Locale.ROOT), limit), "EMAIL", BigDecimal.ONE);
        }
        String phone = raw.matches("^[+0-9 ()-]{6,}$") ? PartyChecks.phoneOrNull(raw) : null;
        if (phone != null) {
            collect(hits, "SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id "
                    + "WHERE c.kind = 'PHONE' AND c.value_key = ? AND p.merged_into_id IS NULL LIMIT ?",
                    List.of(phone, limit), "PHONE", BigDecimal.ONE);
        }
        if (DIGITS.matcher(compact).matches() || REGISTRATION_LIKE.matcher(compact).matches()) {
            collect(hits, "SELECT * FROM parties WHERE (registration_number = ? OR vat_number = ?) AND merged_into_id IS NULL LIMIT ?",
                    List.of(compact, compact, limit), "REGISTRATION_NUMBER", BigDecimal.ONE);
        }
        Matcher postcode = POSTCODE_AND_NUMBER.matcher(raw.toUpperCase(Locale.ROOT));
        if (postcode.matches()) {
            String key = postcode.group(1).replaceAll("[\\s-]", "");
            String number = postcode.group(2);
            collect(hits, "SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id "
                    + "WHERE a.postcode_key = ? " + (number == null ? "" : "AND a.house_number = ? ")
                    + "AND p.merged_into_id IS NULL LIMIT ?",
                    number == null ? List.of(key, limit) : List.of(key, number, limit), "POSTCODE",
                    number == null ? new BigDecimal("0.9") : BigDecimal.ONE);
        }
        if (raw.length() >= 2 && hits.size() < limit && !identifierShaped(raw, compact, phone != null, postcode.matches())) {
            searchNames(raw.toLowerCase(Locale.ROOT), limit, hits);
        }
        return hits.values().stream()
                .sorted((a, b) -> b.score.compareTo(a.score))
                .limit(limit)
                .map(s -> new SearchHit(view.apply(s.row), s.matchedOn, s.score))
                .toList();
    }

    /**
     * Names: the candidates are the parties having a word of each set {@link NameNarrowing} chooses, read through
     * the index on {@code party_words(display_name)} instead of the trigram index's posting lists for every trigram
     * of the text (seconds at a million parties, ADR 0008). The ranking then needs the whole text close to the name:
     * word_similarity (a few words of a long name), then similarity (the closest whole name first: "Ada X" before
     * "Aaron Ada X"), then name.
     */
    private void searchNames(String lower, int limit, Map<UUID, Scored> hits) {
        NameNarrowing.Choice choice = NameNarrowing.choose(lower, words.lookUp(lower));
        String text = choice.rankBy();
        List<Object> args = new ArrayList<>(List.of(text));
        StringBuilder sql = new StringBuilder("SELECT p.*, word_similarity(?, lower(p.display_name)) AS score FROM parties p WHERE ");
        if (!choice.sets().isEmpty()) {
            for (List<String> set : choice.sets()) {
                sql.append("party_words(p.display_name) && ?::text[] AND ");
                args.add(set.toArray(String[]::new));
            }
        } else if (choice.byTrigrams()) {
            sql.append("? <% lower(p.display_name) AND "); // only short words ("de", "jo"): the trigram index
            args.add(text);
        } else {
            return; // no listed word is like any typed word, so no name is like the text
        }
        // the bar of pg_trgm's <% (word_similarity_threshold 0.6) as a plain filter on the candidates, so the
        // planner does not read the name's trigram index as well
        sql.append("p.merged_into_id IS NULL AND word_similarity(?, lower(p.display_name)) >= 0.6 "
                + "ORDER BY word_similarity(?, lower(p.display_name)) DESC, similarity(?, lower(p.display_name)) DESC, "
                + "lower(p.display_name) LIMIT ?");
        args.addAll(List.of(text, text, text, limit));
        plannedForItsWords(sql.toString(), args, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            BigDecimal score = rs.getBigDecimal("score").setScale(3, RoundingMode.HALF_UP);
            hits.putIfAbsent(id, new Scored(PartyRows.from(rs), "NAME", score));
            return null;
        });
    }

    /**
     * Text that is an identifier — IBAN, e-mail, phone, VAT or RF reference, postcode, or no letters at all (case and
     * payment references, registration numbers) — is looked up exactly above and skips the name query: no name
     * looks like it, and the trigram index is slowest on exactly such text (ADR 0008).
     */
    private static boolean identifierShaped(String raw, String compact, boolean phone, boolean postcode) {
        return phone || postcode || raw.contains("@") || IBAN_LIKE.matcher(compact).matches()
                || VAT_OR_RF_LIKE.matcher(compact).matches() || !LETTER.matcher(raw).find();
    }

    private record Scored(PartyRow row, String matchedOn, BigDecimal score) {
    }

    private void collect(Map<UUID, Scored> hits, String sql, List<Object> args, String matchedOn, BigDecimal score) {
        query(sql, args, rs -> {
            PartyRow row = PartyRows.from(rs);
            hits.putIfAbsent(row.id(), new Scored(row, matchedOn, score));
            return null;
        });
    }

    /** Advanced search, keyset-paged by name. */
    Page<PartyRow> list(PartyFilter filter, PageRequest page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE p.merged_into_id IS NULL");
        long atMost = Long.MAX_VALUE; // parties the name criterion can match, from the word list's counts
        if (filter.name() != null && !filter.name().isBlank()) {
            List<PartyNameWords.FilterWords> typed = words.filterWords(filter.name());
            if (typed.stream().anyMatch(t -> t.words().isEmpty())) {
                return page(List.of(), page, 0, true); // a typed word like no word of any name
            }
            if (typed.isEmpty()) {
                // lone letters only ("J."): the name's trigram index, as before the word list
                where.append(" AND ? <% lower(p.display_name)");
                args.add(filter.name().strip().toLowerCase(Locale.ROOT));
            }
            // every typed word: the name has one of the listed words it may stand for (GIN on party_words)
            for (PartyNameWords.FilterWords t : typed) {
                where.append(" AND party_words(p.display_name) && ?::text[]");
                args.add(t.words().toArray(String[]::new));
                atMost = Math.min(atMost, t.parties());
            }
        }
        if (filter.kind() != null) {
            where.append(" AND p.kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.postcode() != null && !filter.postcode().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM party_addresses a WHERE a.party_id = p.id AND a.postcode_key = ?");
            args.add(filter.postcode().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", ""));
            if (filter.houseNumber() != null && !filter.houseNumber().isBlank()) {
                where.append(" AND a.house_number = ?");
                args.add(filter.houseNumber().strip());
            }
            where.append(")");
        }
        if (filter.iban() != null && !filter.iban().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM party_bank_accounts b WHERE b.party_id = p.id AND b.iban = ?)");
            args.add(filter.iban().replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        }
        if (filter.email() != null && !filter.email().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM party_contact_channels c WHERE c.party_id = p.id AND c.kind = 'EMAIL' AND c.value_key = ?)");
            args.add(filter.email().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.phone() != null && !filter.phone().isBlank()) {
            String phone = PartyChecks.phoneOrNull(filter.phone());
            where.append(" AND EXISTS (SELECT 1 FROM party_contact_channels c WHERE c.party_id = p.id AND c.kind = 'PHONE' AND c.value_key = ?)");
            args.add(phone == null ? filter.phone().strip() : phone);
        }
        if (filter.dateOfBirth() != null) {
            where.append(" AND p.date_of_birth = ?");
            args.add(Date.valueOf(filter.dateOfBirth()));
        }
        if (filter.registrationNumber() != null && !filter.registrationNumber().isBlank()) {
            String number = filter.registrationNumber().replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
            where.append(" AND (p.registration_number = ? OR p.vat_number = ?)");
            args.add(number);
            args.add(number);
        }
        boolean selective = args.size() > (filter.kind() != null ? 1 : 0); // a criterion beyond the kind
        if (selective) {
            // Few parties match a name, postcode, IBAN, …: read them once through the filter's own indexes (up to
            // the cap), count them and sort them here. Left to itself the planner walks the name index and tests
            // every party on the way, seconds for a rare name (ADR 0008).
            List<Object> pageArgs = new ArrayList<>(args);
            StringBuilder sql = new StringBuilder("WITH matching AS MATERIALIZED (SELECT p.* FROM parties p").append(where)
                    .append(" LIMIT ").append(Page.COUNT_CAP + 1).append(") SELECT m.*, counted.n AS counted ")
                    .append("FROM (SELECT count(*) AS n FROM matching) counted LEFT JOIN LATERAL (SELECT * FROM matching p");
            keysetAfter(page, sql.append(" WHERE true"), pageArgs);
            sql.append(" ORDER BY lower(p.display_name), p.id LIMIT ?) m ON true");
            pageArgs.add(page.size() + 1);
            long[] counted = {0};
            List<PartyRow> rows = new ArrayList<>();
            plannedForItsWords(sql.toString(), pageArgs, rs -> {
                counted[0] = rs.getLong("counted");
                if (rs.getObject("id") != null) {
                    rows.add(PartyRows.from(rs));
                }
                return null;
            });
            if (counted[0] <= Page.COUNT_CAP) {
                return page(rows, page, counted[0], true);
            }
            if (atMost <= SORT_ALL_MATCHES) {
                // "Laurent", "Vermeulen": a few times the cap, and as a given name bunched under L, so the walk
                // along the name index would pass hundreds of thousands of names first (400 ms, ADR 0008)
                return sortedFromAllMatches(where, args, page, counted[0]);
            }
            // far more than the cap match ("van"), so they are dense along the name index: walk it
            return orderedPage(where, args, page, counted[0]);
        }
        long counted = query("SELECT count(*) FROM (SELECT 1 FROM parties p" + where + " LIMIT " + (Page.COUNT_CAP + 1) + ") matching",
                args, rs -> rs.getLong(1)).get(0);
        return orderedPage(where, args, page, counted);
    }

    /** The page sorted from every match: their ids and sort keys read through the criteria's indexes, once. */
    private Page<PartyRow> sortedFromAllMatches(CharSequence where, List<Object> args, PageRequest page, long counted) {
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("WITH matching AS MATERIALIZED (SELECT p.id, lower(p.display_name) AS name_key FROM parties p")
                .append(where).append(") SELECT p.* FROM parties p JOIN (SELECT m.id, m.name_key FROM matching m WHERE true");
        keysetAfter(page, "(m.name_key, m.id)", sql, pageArgs);
        sql.append(" ORDER BY m.name_key, m.id LIMIT ?) page ON page.id = p.id ORDER BY page.name_key, page.id");
        pageArgs.add(page.size() + 1);
        return page(plannedForItsWords(sql.toString(), pageArgs, PartyRows::from), page, counted, true);
    }

    private Page<PartyRow> orderedPage(CharSequence where, List<Object> args, PageRequest page, long counted) {
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("SELECT p.* FROM parties p").append(where);
        keysetAfter(page, sql, pageArgs);
        sql.append(" ORDER BY lower(p.display_name), p.id LIMIT ?");
        pageArgs.add(page.size() + 1);
        return page(plannedForItsWords(sql.toString(), pageArgs, PartyRows::from), page, counted, true);
    }

    private static void keysetAfter(PageRequest page, StringBuilder sql, List<Object> args) {
        keysetAfter(page, "(lower(p.display_name), p.id)", sql, args);
    }

    /** Rows after the page's cursor (name key, id), compared as {@code key}. */
    private static void keysetAfter(PageRequest page, String key, StringBuilder sql, List<Object> args) {
        if (page.after() != null) {
            List<String> cursor = Cursor.decode(page.after(), 2);
            sql.append(" AND ").append(key).append(" > (?, ?)");
            args.add(cursor.get(0));
            args.add(UUID.fromString(cursor.get(1)));
        }
    }

    /** Children of several parties, first page each, in one query. */
    Map<UUID, Page<PartyRow>> childrenOf(List<UUID> parents, PageRequest page) {
        List<Object> args = new ArrayList<>();
        args.add(parents.toArray(UUID[]::new));
        String after = "";
        if (page.after() != null) {
            List<String> cursor = Cursor.decode(page.after(), 2);
            after = " AND (lower(p.display_name), p.id) > (?, ?)";
            args.add(cursor.get(0));
            args.add(UUID.fromString(cursor.get(1)));
        }
        args.add(page.size() + 1);
        Map<UUID, List<PartyRow>> rows = new LinkedHashMap<>();
        Map<UUID, Long> totals = new LinkedHashMap<>();
        query("SELECT * FROM (SELECT p.*, row_number() OVER (PARTITION BY p.parent_id ORDER BY lower(p.display_name), p.id) AS position, "
                + "count(*) OVER (PARTITION BY p.parent_id) AS siblings FROM parties p WHERE p.parent_id = ANY(?) "
                + "AND p.merged_into_id IS NULL" + after + ") ranked WHERE position <= ?", args, rs -> {
                    PartyRow row = PartyRows.from(rs);
                    rows.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
                    totals.put(row.parentId(), rs.getLong("siblings"));
                    return null;
                });
        Map<UUID, Page<PartyRow>> pages = new LinkedHashMap<>();
        parents.forEach(parent -> pages.put(parent, page(rows.getOrDefault(parent, List.of()), page, totals.getOrDefault(parent, 0L), false)));
        return pages;
    }

    /** Existing parties that look like the new one, each with every reason. */
    Map<UUID, Set<DuplicateReason>> duplicatesOf(@Nullable String iban, @Nullable String email, @Nullable String phone,
                                                 @Nullable String familyName, java.time.@Nullable LocalDate dateOfBirth,
                                                 String displayName, @Nullable String postcodeKey, @Nullable String registrationNumber) {
        Map<UUID, Set<DuplicateReason>> found = new LinkedHashMap<>();
        if (iban != null) {
            reasons(found, "SELECT b.party_id FROM party_bank_accounts b JOIN parties p ON p.id = b.party_id WHERE b.iban = ? AND p.merged_into_id IS NULL",
                    List.of(iban), DuplicateReason.SAME_IBAN);
        }
        if (email != null) {
            reasons(found, "SELECT c.party_id FROM party_contact_channels c JOIN parties p ON p.id = c.party_id WHERE c.kind = 'EMAIL' AND c.value_key = ? AND p.merged_into_id IS NULL",
                    List.of(email.toLowerCase(Locale.ROOT)), DuplicateReason.SAME_EMAIL);
        }
        if (phone != null) {
            reasons(found, "SELECT c.party_id FROM party_contact_channels c JOIN parties p ON p.id = c.party_id WHERE c.kind = 'PHONE' AND c.value_key = ? AND p.merged_into_id IS NULL",
                    List.of(phone), DuplicateReason.SAME_PHONE);
        }
        if (familyName != null && dateOfBirth != null) {
            reasons(found, "SELECT id FROM parties WHERE lower(family_name) = ? AND date_of_birth = ? AND merged_into_id IS NULL",
                    List.of(familyName.toLowerCase(Locale.ROOT), Date.valueOf(dateOfBirth)), DuplicateReason.SAME_NAME_AND_DATE_OF_BIRTH);
        }
        if (postcodeKey != null) {
            reasons(found, "SELECT DISTINCT p.id FROM parties p JOIN party_addresses a ON a.party_id = p.id "
                    + "WHERE lower(p.display_name) = ? AND a.postcode_key = ? AND p.merged_into_id IS NULL",
                    List.of(displayName.toLowerCase(Locale.ROOT), postcodeKey), DuplicateReason.SAME_NAME_AND_POSTCODE);
        }
        if (registrationNumber != null) {
            reasons(found, "SELECT id FROM parties WHERE (registration_number = ? OR vat_number = ?) AND merged_into_id IS NULL",
                    List.of(registrationNumber, registrationNumber), DuplicateReason.SAME_REGISTRATION_NUMBER);
        }
        return found;
    }

    private void reasons(Map<UUID, Set<DuplicateReason>> found, String sql, List<Object> args, DuplicateReason reason) {
        query(sql, args, rs -> found.computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(DuplicateReason.class)).add(reason));
    }

    /** A page of parties (first + 1 rows read); the total exact, or counted up to {@code COUNT_CAP + 1}. */
    private static Page<PartyRow> page(List<PartyRow> rows, PageRequest page, long total, boolean upToCap) {
        boolean more = rows.size() > page.size();
        List<PartyRow> shown = more ? rows.subList(0, page.size()) : rows;
        List<String> cursors = shown.stream().map(p -> Cursor.encode(p.displayName().toLowerCase(Locale.ROOT), p.id().toString())).toList();
        return upToCap ? Page.countedUpToCap(shown, cursors, more, page.after() != null, total)
                : new Page<>(shown, cursors, more, page.after() != null, total);
    }

    /**
     * A query PostgreSQL plans for the words (or other criteria) bound each time. A prepared statement gets a generic
     * plan after five runs, and for {@code party_words(…) && ?} that plan guesses 150 matching parties for any word:
     * it intersects the posting lists of a rare and a common word alike, 170–550 ms where the plan for the words
     * themselves takes 3–25 ms (auto_explain at a million parties, ADR 0008). Planning costs well under a millisecond.
     */
    private <T> List<T> plannedForItsWords(String sql, List<Object> args, SqlRows.Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            return SqlRows.list(statement, args, reader);
        });
    }

    private <T> List<T> query(String sql, List<Object> args, SqlRows.Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, reader));
    }
}
