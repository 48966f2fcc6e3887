package io.vorda.client;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fee table and contact list of clients, read for many clients in one query each. */
@Singleton
class ClientDetails {

    private final JdbcOperations jdbc;

    ClientDetails(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Map<CollectionAction, BigDecimal>> costsOf(Collection<UUID> clients) {
        Map<UUID, Map<CollectionAction, BigDecimal>> costs = new HashMap<>();
        clients.forEach(c -> costs.put(c, new EnumMap<>(CollectionAction.class)));
        read("SELECT client_id, action, amount FROM client_action_costs WHERE client_id = ANY(?)", clients, rs ->
                costs.get(rs.getObject(1, UUID.class)).put(CollectionAction.valueOf(rs.getString(2)), rs.getBigDecimal(3)));
        return costs;
    }

    Map<UUID, List<UUID>> contactsOf(Collection<UUID> clients) {
        Map<UUID, List<UUID>> contacts = new HashMap<>();
        clients.forEach(c -> contacts.put(c, new ArrayList<>()));
        read("SELECT client_id, party_id FROM client_contacts WHERE client_id = ANY(?) ORDER BY position", clients, rs ->
                contacts.get(rs.getObject(1, UUID.class)).add(rs.getObject(2, UUID.class)));
        return contacts;
    }

    void replaceCosts(UUID client, Map<CollectionAction, BigDecimal> costs) {
        write("DELETE FROM client_action_costs WHERE client_id = ?", client);
        costs.forEach((action, amount) -> write("INSERT INTO client_action_costs (client_id, action, amount) VALUES (?, ?, ?)",
                client, action.name(), amount));
    }

    void replaceContacts(UUID client, List<UUID> parties) {
        write("DELETE FROM client_contacts WHERE client_id = ?", client);
        for (int i = 0; i < parties.size(); i++) {
            write("INSERT INTO client_contacts (client_id, party_id, position) VALUES (?, ?, ?)", client, parties.get(i), i);
        }
    }

    /** The clients each user represents (client users, ADR 0015). */
    Map<UUID, List<UUID>> representedBy(Collection<UUID> users) {
        Map<UUID, List<UUID>> clients = new HashMap<>();
        users.forEach(u -> clients.put(u, new ArrayList<>()));
        read("SELECT user_id, client_id FROM client_users WHERE user_id = ANY(?) ORDER BY user_id, linked_at, client_id", users, rs ->
                clients.get(rs.getObject(1, UUID.class)).add(rs.getObject(2, UUID.class)));
        return clients;
    }

    void replaceRepresented(UUID user, Collection<UUID> clients, Instant at, String by) {
        write("DELETE FROM client_users WHERE user_id = ?", user);
        clients.forEach(client -> write("INSERT INTO client_users (user_id, client_id, linked_at, linked_by) VALUES (?, ?, ?, ?)",
                user, client, Timestamp.from(at), by));
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws java.sql.SQLException;
    }

    private void read(String sql, Collection<UUID> ids, RowHandler handler) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids.toArray(UUID[]::new)));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
            return null;
        });
    }

    private void write(String sql, Object... args) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        });
    }
}
