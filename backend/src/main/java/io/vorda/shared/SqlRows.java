package io.vorda.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Binding parameters and reading rows for hand-written SQL (lists, searches, batches). Arrays of UUIDs and strings
 * bind as PostgreSQL arrays, so {@code = ANY(?)} takes a whole batch of ids in one statement.
 */
public final class SqlRows {

    /** Reads one row. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private SqlRows() {
    }

    public static void bind(PreparedStatement statement, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof UUID[] ids) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("uuid", ids));
            } else if (arg instanceof String[] texts) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("varchar", texts));
            } else {
                statement.setObject(i + 1, arg);
            }
        }
    }

    /** Binds the arguments, runs the query and reads every row. */
    public static <T> List<T> list(PreparedStatement statement, List<?> args, Reader<T> reader) throws SQLException {
        bind(statement, args);
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        }
        return rows;
    }
}
