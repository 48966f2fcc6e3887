package io.vorda.party;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads a {@code parties} row from hand-written SQL. */
final class PartyRows {

    private PartyRows() {
    }

    static PartyRow from(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("date_of_birth");
        Date vulnerableFrom = rs.getDate("vulnerability_from");
        Date vulnerableUntil = rs.getDate("vulnerability_until");
        return new PartyRow(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("display_name"),
                rs.getString("given_names"), rs.getString("family_name_prefix"), rs.getString("family_name"),
                birth == null ? null : birth.toLocalDate(), rs.getString("legal_name"), rs.getString("trade_name"),
                rs.getString("registration_scheme"), rs.getString("registration_number"), rs.getString("vat_number"),
                rs.getString("language"), rs.getString("vulnerability_reason"),
                vulnerableFrom == null ? null : vulnerableFrom.toLocalDate(),
                vulnerableUntil == null ? null : vulnerableUntil.toLocalDate(),
                rs.getObject("parent_id", UUID.class), rs.getString("preferred_channel"),
                rs.getObject("merged_into_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getLong("version"));
    }
}
