package io.vorda.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionsTest {

    private final Permissions permissions = new Permissions();

    private static Caller staff(Role... roles) {
        return Caller.staff(new UserId(UUID.randomUUID()), "someone@test.example", Set.of(roles));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_administrators_administer_users_teams_api_clients_and_read_the_audit_log(Role role) {
        for (Action action : Set.of(Action.ADMINISTER_USERS, Action.ADMINISTER_TEAMS, Action.ADMINISTER_API_CLIENTS, Action.READ_AUDIT_LOG)) {
            assertThat(permissions.may(staff(role), action)).as(role + " " + action).isFalse();
            assertThat(permissions.may(staff(Role.ADMIN), action)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_staff_member_manages_their_own_profile_but_never_uses_the_integrations_api(Role role) {
        assertThat(permissions.may(staff(role), Action.MANAGE_OWN_PROFILE)).isTrue();
        assertThat(permissions.may(staff(role), Action.USE_INTEGRATIONS_API)).isFalse();
    }

    @Test
    void an_api_client_may_only_use_the_integrations_api() {
        Caller client = Caller.apiClient(new ApiClientId(UUID.randomUUID()), "Acme ERP");
        for (Action action : Action.values()) {
            assertThat(permissions.may(client, action)).as(action.name()).isEqualTo(action == Action.USE_INTEGRATIONS_API);
        }
    }

    @ParameterizedTest(name = "{0}: view={1} edit={2} merge={3}")
    @org.junit.jupiter.params.provider.CsvSource({"ADMIN, true, true, true", "SUPERVISOR, true, true, true",
            "CASEWORKER, true, true, false", "FIELD_AGENT, true, false, false", "CLIENT_USER, false, false, false"})
    void parties_are_seen_by_staff_edited_by_caseworkers_and_merged_by_supervisors(Role role, boolean view, boolean edit, boolean merge) {
        assertThat(permissions.may(staff(role), Action.VIEW_PARTIES)).isEqualTo(view);
        assertThat(permissions.may(staff(role), Action.EDIT_PARTIES)).isEqualTo(edit);
        assertThat(permissions.may(staff(role), Action.MERGE_PARTIES)).isEqualTo(merge);
    }

    @ParameterizedTest(name = "{0}: view={1} edit={2}")
    @org.junit.jupiter.params.provider.CsvSource({"ADMIN, true, true", "SUPERVISOR, true, true", "CASEWORKER, true, true",
            "FIELD_AGENT, false, false", "CLIENT_USER, false, false"})
    void clients_are_seen_and_edited_by_office_staff(Role role, boolean view, boolean edit) {
        assertThat(permissions.may(staff(role), Action.VIEW_CLIENTS)).isEqualTo(view);
        assertThat(permissions.may(staff(role), Action.EDIT_CLIENTS)).isEqualTo(edit);
    }

    @ParameterizedTest(name = "{0}: view={1} all={2} edit={3} handover={4}")
    @org.junit.jupiter.params.provider.CsvSource({"ADMIN, true, true, true, true", "SUPERVISOR, true, true, true, true",
            "CASEWORKER, true, false, true, false", "FIELD_AGENT, true, false, false, false", "CLIENT_USER, true, false, false, false"})
    void cases_are_seen_by_team_or_client_edited_by_caseworkers_and_handed_over_by_supervisors(Role role, boolean view, boolean all,
                                                                                               boolean edit, boolean handover) {
        assertThat(permissions.may(staff(role), Action.VIEW_CASES)).isEqualTo(view);
        assertThat(permissions.may(staff(role), Action.VIEW_ALL_CASES)).isEqualTo(all);
        assertThat(permissions.may(staff(role), Action.EDIT_CASES)).isEqualTo(edit);
        assertThat(permissions.may(staff(role), Action.HAND_OVER_CASES)).isEqualTo(handover);
    }

    @ParameterizedTest(name = "{0}: view={1} administer={2}")
    @org.junit.jupiter.params.provider.CsvSource({"ADMIN, true, true", "SUPERVISOR, true, false", "CASEWORKER, true, false",
            "FIELD_AGENT, false, false", "CLIENT_USER, false, false"})
    void rates_are_read_by_whoever_works_case_money_and_changed_by_administrators(Role role, boolean view, boolean administer) {
        assertThat(permissions.may(staff(role), Action.VIEW_RATES)).isEqualTo(view);
        assertThat(permissions.may(staff(role), Action.ADMINISTER_RATES)).isEqualTo(administer);
    }

    @Test
    void supervisors_and_caseworkers_see_teams_to_assign_work() {
        assertThat(permissions.may(staff(Role.SUPERVISOR), Action.VIEW_TEAMS)).isTrue();
        assertThat(permissions.may(staff(Role.CASEWORKER), Action.VIEW_TEAMS)).isTrue();
        assertThat(permissions.may(staff(Role.FIELD_AGENT), Action.VIEW_TEAMS)).isFalse();
        assertThat(permissions.may(staff(Role.CLIENT_USER), Action.VIEW_TEAMS)).isFalse();
    }

    @ParameterizedTest(name = "{0}: manage arrangements={1}")
    @org.junit.jupiter.params.provider.CsvSource({"ADMIN, true", "SUPERVISOR, true", "CASEWORKER, true",
            "FIELD_AGENT, false", "CLIENT_USER, false"})
    void payment_plans_and_promises_are_agreed_by_office_staff_only(Role role, boolean manage) {
        assertThat(permissions.may(staff(role), Action.MANAGE_ARRANGEMENTS)).isEqualTo(manage);
    }

    @ParameterizedTest(name = "{0}: view={1} register={2} reverse={3} charge={4} runs={5}")
    @org.junit.jupiter.params.provider.CsvSource({"ADMIN, true, true, true, true, true", "SUPERVISOR, true, true, true, true, false",
            "CASEWORKER, true, true, false, true, false", "FIELD_AGENT, true, false, false, false, false",
            "CLIENT_USER, false, false, false, false, false"})
    void money_is_seen_by_staff_registered_by_caseworkers_and_reversed_by_supervisors(Role role, boolean view, boolean register,
                                                                                      boolean reverse, boolean charge, boolean runs) {
        assertThat(permissions.may(staff(role), Action.VIEW_MONEY)).isEqualTo(view);
        assertThat(permissions.may(staff(role), Action.REGISTER_PAYMENTS)).isEqualTo(register);
        assertThat(permissions.may(staff(role), Action.REVERSE_PAYMENTS)).isEqualTo(reverse);
        assertThat(permissions.may(staff(role), Action.CHARGE_COSTS)).isEqualTo(charge);
        assertThat(permissions.may(staff(role), Action.MANAGE_ACCRUAL_RUNS)).isEqualTo(runs);
    }
}
