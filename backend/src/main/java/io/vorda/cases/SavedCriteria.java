package io.vorda.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The JSON stored in {@code case_list_views.filter}: a case filter and sort in plain values. Unknown properties are
 * ignored and a value that no longer parses (a status or jurisdiction that was renamed) is dropped, so a view saved
 * by an older release still opens.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record SavedCriteria(@Nullable List<String> statuses, @Nullable String clientId, @Nullable String assigneeId,
                     @Nullable String teamId, @Nullable String jurisdiction, boolean mine, @Nullable String openedFrom,
                     @Nullable String openedTo, @Nullable String openBalanceFrom, @Nullable String openBalanceTo,
                     @Nullable String principalMin, @Nullable String principalMax,
                     @Nullable Integer ageMinDays, @Nullable Integer ageMaxDays, boolean withoutPlan,
                     @Nullable String orderField, boolean ascending) {

    static SavedCriteria of(CaseFilter filter, CaseOrder order) {
        return new SavedCriteria(filter.statuses() == null ? null : filter.statuses().stream().map(Enum::name).sorted().toList(),
                text(filter.client() == null ? null : filter.client().value()), text(filter.assignee() == null ? null : filter.assignee().value()),
                text(filter.team() == null ? null : filter.team().value()), filter.jurisdiction() == null ? null : filter.jurisdiction().name(),
                filter.mine(), text(filter.openedFrom()), text(filter.openedTo()), amount(filter.openBalanceFrom()),
                amount(filter.openBalanceTo()), amount(filter.principalMin()), amount(filter.principalMax()),
                filter.ageMinDays(), filter.ageMaxDays(), filter.withoutPlan(), order.field().name(), order.ascending());
    }

    CaseFilter filter() {
        EnumSet<CaseStatus> statusSet = EnumSet.noneOf(CaseStatus.class);
        if (statuses != null) {
            statuses.forEach(name -> {
                CaseStatus status = parse(name, CaseStatus::valueOf);
                if (status != null) {
                    statusSet.add(status);
                }
            });
        }
        return new CaseFilter(statuses == null ? null : statusSet, parse(clientId, v -> new ClientId(UUID.fromString(v))),
                parse(assigneeId, v -> new UserId(UUID.fromString(v))), parse(teamId, v -> new TeamId(UUID.fromString(v))),
                parse(jurisdiction, Jurisdiction::valueOf), mine, parse(openedFrom, LocalDate::parse), parse(openedTo, LocalDate::parse),
                parse(openBalanceFrom, BigDecimal::new), parse(openBalanceTo, BigDecimal::new), parse(principalMin, BigDecimal::new), parse(principalMax, BigDecimal::new), ageMinDays, ageMaxDays, withoutPlan,
                null); // a saved view is a general list: one party's cases are that party's page
    }

    CaseOrder order() {
        CaseSort field = parse(orderField, CaseSort::valueOf);
        return field == null ? CaseOrder.newestFirst() : new CaseOrder(field, ascending);
    }

    private static @Nullable String amount(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static <T> @Nullable T parse(@Nullable String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            return null; // an outdated value widens the view rather than making it unreadable
        }
    }
}
