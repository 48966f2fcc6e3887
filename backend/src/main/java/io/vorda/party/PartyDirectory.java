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
 * The SQL behind quick search, advanced search and the duplicate check. Every lookup hits an index: trigram on
 * names, b-tree on IBAN, channel value, postcode + house number and registration number. Merged-away parties
 * never show up.
 */
@Singleton
class PartyDirectory {

    private static final Pattern IBAN_LIKE = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$");
    private static final Pattern POSTCODE_AND_NUMBER = Pattern.compile("^([0-9]{4,5}[A-Z]{0,2}|[0-9]{2}-?[0-9]{3})\\s*([0-9]+)?\\s*[A-Z]?$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{6,}$");

    private final JdbcOperations jdbc;

    PartyDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
        if (DIGITS.matcher(compact).matches() || compact.matches("^[A-Z]{2}[0-9A-Z]{8,13}$")) {
            collect(hits, "SELECT * FROM parties WHERE (registration_number = ? OR vat_number = ?) AND merged_into_id IS NULL LIMIT ?",
                    List.of(compact, compact, limit), "REGISTRATION_NUMBER", BigDecimal.ONE);
        }
        Matcher postcode = POSTCODE_AND_NUMBER.matcher(raw.toUpperCase(Locale.ROOT));
        if (postcode.matches()) {
            String key = postcode.group(1).replace("-", "");
            String number = postcode.group(2);
            collect(hits, "SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id "
                    + "WHERE a.postcode_key = ? " + (number == null ? "" : "AND a.house_number = ? ")
                    + "AND p.merged_into_id IS NULL LIMIT ?",
                    number == null ? List.of(key, limit) : List.of(key, number, limit), "POSTCODE",
                    number == null ? new BigDecimal("0.9") : BigDecimal.ONE);
        }
        if (raw.length() >= 2 && hits.size() < limit) {
            // word_similarity suits "a few words of a long name"; the % operator uses the trigram index
            List<Object> args = List.of(raw.toLowerCase(Locale.ROOT), raw.toLowerCase(Locale.ROOT), raw.toLowerCase(Locale.ROOT), limit);
            query("SELECT p.*, word_similarity(?, lower(p.display_name)) AS score FROM parties p "
                    + "WHERE ? <% lower(p.display_name) AND p.merged_into_id IS NULL "
                    + "ORDER BY word_similarity(?, lower(p.display_name)) DESC, lower(p.display_name) LIMIT ?", args, rs -> {
                        UUID id = rs.getObject("id", UUID.class);
                        BigDecimal score = rs.getBigDecimal("score").setScale(3, RoundingMode.HALF_UP);
                        hits.putIfAbsent(id, new Scored(PartyRows.from(rs), "NAME", score));
                        return null;
                    });
        }
        return hits.values().stream()
                .sorted((a, b) -> b.score.compareTo(a.score))
                .limit(limit)
                .map(s -> new SearchHit(view.apply(s.row), s.matchedOn, s.score))
                .toList();
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
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" AND (? <% lower(p.display_name) OR lower(p.display_name) LIKE ?)");
            String name = filter.name().strip().toLowerCase(Locale.ROOT);
            args.add(name);
            args.add("%" + name.replace("%", "\\%").replace("_", "\\_") + "%");
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
        long total = query("SELECT count(*) FROM parties p" + where, args, rs -> rs.getLong(1)).get(0);
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("SELECT p.* FROM parties p").append(where);
        if (page.after() != null) {
            List<String> cursor = Cursor.decode(page.after(), 2);
            sql.append(" AND (lower(p.display_name), p.id) > (?, ?)");
            pageArgs.add(cursor.get(0));
            pageArgs.add(UUID.fromString(cursor.get(1)));
        }
        sql.append(" ORDER BY lower(p.display_name), p.id LIMIT ?");
        pageArgs.add(page.size() + 1);
        List<PartyRow> rows = query(sql.toString(), pageArgs, PartyRows::from);
        return page(rows, page, total);
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
        parents.forEach(parent -> pages.put(parent, page(rows.getOrDefault(parent, List.of()), page, totals.getOrDefault(parent, 0L))));
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

    private static Page<PartyRow> page(List<PartyRow> rows, PageRequest page, long total) {
        boolean more = rows.size() > page.size();
        List<PartyRow> shown = more ? rows.subList(0, page.size()) : rows;
        return new Page<>(shown, shown.stream().map(p -> Cursor.encode(p.displayName().toLowerCase(Locale.ROOT), p.id().toString())).toList(),
                more, page.after() != null, total);
    }

    private <T> List<T> query(String sql, List<Object> args, SqlRows.Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, reader));
    }
}
