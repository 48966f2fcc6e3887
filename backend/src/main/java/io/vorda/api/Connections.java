package io.vorda.api;

import io.vorda.shared.Page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a keyset {@link Page} into a Relay connection: edges, nodes, pageInfo, totalCount and totalCountCapped. */
public final class Connections {

    private Connections() {
    }

    public static Map<String, Object> of(Page<?> page) {
        List<Map<String, Object>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(Map.of("cursor", page.cursors().get(i), "node", page.items().get(i)));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", page.hasNextPage());
        pageInfo.put("hasPreviousPage", page.hasPreviousPage());
        pageInfo.put("startCursor", page.cursors().isEmpty() ? null : page.cursors().get(0));
        pageInfo.put("endCursor", page.cursors().isEmpty() ? null : page.cursors().get(page.cursors().size() - 1));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("nodes", page.items());
        connection.put("pageInfo", pageInfo);
        connection.put("totalCount", page.totalCount());
        connection.put("totalCountCapped", page.totalCountCapped());
        return connection;
    }
}
