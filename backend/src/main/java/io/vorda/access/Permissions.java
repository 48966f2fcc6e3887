package io.vorda.access;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role × action table, checked by every door (ARCHITECTURE §4, "Authorization"). Adapters never decide
 * access themselves; they pass the {@link Caller} to a door, and the door asks here.
 */
@Singleton
public class Permissions {

    private static final Set<Action> EVERY_STAFF_MEMBER = EnumSet.of(Action.MANAGE_OWN_PROFILE);

    private static final Map<Role, Set<Action>> BY_ROLE = Map.of(
            Role.ADMIN, EnumSet.of(Action.ADMINISTER_USERS, Action.ADMINISTER_TEAMS, Action.VIEW_TEAMS,
                    Action.ADMINISTER_API_CLIENTS, Action.READ_AUDIT_LOG,
                    Action.VIEW_PARTIES, Action.EDIT_PARTIES, Action.MERGE_PARTIES, Action.VIEW_CLIENTS, Action.EDIT_CLIENTS,
                    Action.VIEW_CASES, Action.VIEW_ALL_CASES, Action.EDIT_CASES, Action.HAND_OVER_CASES,
                    Action.VIEW_MONEY, Action.REGISTER_PAYMENTS, Action.REVERSE_PAYMENTS, Action.CHARGE_COSTS,
                    Action.MANAGE_ACCRUAL_RUNS, Action.MANAGE_ARRANGEMENTS, Action.VIEW_RATES, Action.ADMINISTER_RATES),
            // a reversal rewrites the allocation history of a case: supervisors do it, not the caseworker who
            // registered the payment (four eyes on corrections of money, ADR 0011); rates are read by whoever works
            // case money and changed by administrators only (ADR 0013)
            Role.SUPERVISOR, EnumSet.of(Action.VIEW_TEAMS, Action.VIEW_PARTIES, Action.EDIT_PARTIES, Action.MERGE_PARTIES,
                    Action.VIEW_CLIENTS, Action.EDIT_CLIENTS, Action.VIEW_CASES, Action.VIEW_ALL_CASES, Action.EDIT_CASES,
                    Action.HAND_OVER_CASES, Action.VIEW_MONEY, Action.REGISTER_PAYMENTS, Action.REVERSE_PAYMENTS,
                    Action.CHARGE_COSTS, Action.MANAGE_ARRANGEMENTS, Action.VIEW_RATES),
            // caseworkers hand cases to other teams and colleagues, so they see teams and their members
            Role.CASEWORKER, EnumSet.of(Action.VIEW_TEAMS, Action.VIEW_PARTIES, Action.EDIT_PARTIES, Action.VIEW_CLIENTS, Action.EDIT_CLIENTS,
                    Action.VIEW_CASES, Action.EDIT_CASES, Action.VIEW_MONEY, Action.REGISTER_PAYMENTS, Action.CHARGE_COSTS,
                    Action.MANAGE_ARRANGEMENTS, Action.VIEW_RATES),
            // field agents look up the people and cases they visit and what is owed; what they record (payments
            // taken at the door) goes through their visits
            Role.FIELD_AGENT, EnumSet.of(Action.VIEW_PARTIES, Action.VIEW_CASES, Action.VIEW_MONEY),
            // a client user sees the cases of the clients they represent, nothing else (the cases door narrows it)
            Role.CLIENT_USER, EnumSet.of(Action.VIEW_CASES));

    /** True when the caller may do the action. */
    public boolean may(Caller caller, Action action) {
        return switch (caller.kind()) {
            case SYSTEM -> true;
            case API_CLIENT -> action == Action.USE_INTEGRATIONS_API;
            case STAFF -> EVERY_STAFF_MEMBER.contains(action)
                    || caller.roles().stream().anyMatch(role -> BY_ROLE.get(role).contains(action));
        };
    }

    /** Throws PERMISSION_DENIED unless the caller may do the action. */
    public void require(Caller caller, Action action) {
        if (!may(caller, action)) {
            throw new DomainException(ErrorCode.PERMISSION_DENIED,
                    "%s may not %s".formatted(caller.label(), action.name().toLowerCase().replace('_', ' ')));
        }
    }
}
