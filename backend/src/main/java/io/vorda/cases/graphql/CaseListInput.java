package io.vorda.cases.graphql;

import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseFilter;
import io.vorda.cases.CaseOrder;
import io.vorda.cases.CaseSort;
import io.vorda.cases.CaseStatus;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CaseFilter and CaseOrder inputs to door types and back (a saved view echoes them): one mapping for
 * Query.cases and the saved views, so a view always means what the list means.
 */
final class CaseListInput {

    private CaseListInput() {
    }

    static CaseFilter filter(@Nullable Map<String, Object> input) {
        Map<String, Object> f = input == null ? Map.of() : input;
        @SuppressWarnings("unchecked")
        List<Object> statuses = (List<Object>) f.get("statuses");
        Set<CaseStatus> statusSet = statuses == null ? null : EnumSet.noneOf(CaseStatus.class);
        if (statuses != null) {
            statuses.forEach(s -> statusSet.add(CaseStatus.valueOf(s.toString())));
        }
        return new CaseFilter(statusSet, clientId(f.get("clientId")), userId(f.get("assigneeId"), "filter.assigneeId"),
                teamId(f.get("teamId"), "filter.teamId"),
                f.get("jurisdiction") == null ? null : Jurisdiction.valueOf(f.get("jurisdiction").toString()),
                Boolean.TRUE.equals(f.get("mine")), (LocalDate) f.get("openedFrom"), (LocalDate) f.get("openedTo"),
                (BigDecimal) f.get("openBalanceFrom"), (BigDecimal) f.get("openBalanceTo"), (BigDecimal) f.get("principalMin"), (BigDecimal) f.get("principalMax"), (Integer) f.get("ageMinDays"),
                (Integer) f.get("ageMaxDays"), Boolean.TRUE.equals(f.get("withoutPlan")),
                f.get("partyId") == null ? null : new PartyId(GlobalId.decode((String) f.get("partyId"), "Party", "filter.partyId")));
    }

    static CaseOrder order(@Nullable Map<String, Object> input) {
        if (input == null) {
            return CaseOrder.newestFirst();
        }
        return new CaseOrder(CaseSort.valueOf(input.get("field").toString()), "ASC".equals(input.get("direction").toString()));
    }

    /** A filter as the SavedCaseFilter type shows it. */
    static Map<String, Object> fields(CaseFilter filter) {
        Map<String, Object> out = new HashMap<>();
        out.put("statuses", filter.statuses() == null ? null : filter.statuses().stream().sorted().toList());
        out.put("clientId", filter.client() == null ? null : GlobalId.encode("Client", filter.client().value()));
        out.put("assigneeId", filter.assignee() == null ? null : GlobalId.encode("User", filter.assignee().value()));
        out.put("teamId", filter.team() == null ? null : GlobalId.encode("Team", filter.team().value()));
        out.put("jurisdiction", filter.jurisdiction());
        out.put("mine", filter.mine());
        out.put("openedFrom", filter.openedFrom());
        out.put("openedTo", filter.openedTo());
        out.put("openBalanceFrom", filter.openBalanceFrom());
        out.put("openBalanceTo", filter.openBalanceTo());
        out.put("principalMin", filter.principalMin());
        out.put("principalMax", filter.principalMax());
        out.put("ageMinDays", filter.ageMinDays());
        out.put("ageMaxDays", filter.ageMaxDays());
        out.put("withoutPlan", filter.withoutPlan());
        return out;
    }

    /** A sort as the SavedCaseOrder type shows it. */
    static Map<String, Object> fields(CaseOrder order) {
        return Map.of("field", order.field(), "direction", order.ascending() ? "ASC" : "DESC");
    }

    private static @Nullable ClientId clientId(@Nullable Object value) {
        return value == null ? null : new ClientId(GlobalId.decode(value.toString(), "Client", "filter.clientId"));
    }

    static @Nullable TeamId teamId(@Nullable Object value, String field) {
        return value == null ? null : new TeamId(GlobalId.decode(value.toString(), "Team", field));
    }

    static @Nullable UserId userId(@Nullable Object value, String field) {
        return value == null ? null : new UserId(GlobalId.decode(value.toString(), "User", field));
    }
}
