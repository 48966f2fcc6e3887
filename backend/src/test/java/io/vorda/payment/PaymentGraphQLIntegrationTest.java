package io.vorda.payment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.MoneyWorld;
import io.vorda.testing.MoneyWorld.Claim;
import io.vorda.testing.MoneyWorld.OpenCase;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering, splitting, listing and reversing payments through the public GraphQL API, and who may not. */
@MicronautTest(transactional = false)
class PaymentGraphQLIntegrationTest implements DatabaseTest {

    private static final String SPLIT = """
            mutation($input: PaymentSplitInput!) { paymentSplit(input: $input) {
              payment { id splitScheme amount { amount } parts { case { id } amount { amount } applied { credit { amount } } } }
              userErrors { code field message } } }""";
    private static final String REVERSE = """
            mutation($id: ID!) { paymentReverse(input: {paymentId: $id, reason: "typed on the wrong case"}) {
              payment { reversal { reason reversedBy } } userErrors { code field } } }""";
    private static final String LIST = """
            query($filter: PaymentFilter, $order: PaymentOrder, $first: Int, $after: String) {
              payments(first: $first, after: $after, filter: $filter, orderBy: $order) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id amount { amount } valueDate method reversal { reason } } } }""";

    @Inject TestHttp http;
    @Inject MoneyWorld world;

    private TeamView team;
    private String caseworker;
    private String supervisor;
    private String otherTeamsWorker;
    private String fieldAgent;
    private String clientUser;
    private String client;
    private String debtor;

    @BeforeAll
    void world() {
        team = world.aTeam("Payments");
        caseworker = world.signIn(Role.CASEWORKER, team);
        supervisor = world.signIn(Role.SUPERVISOR, team);
        otherTeamsWorker = world.signIn(Role.CASEWORKER, world.aTeam("Elsewhere"));
        fieldAgent = world.signIn(Role.FIELD_AGENT, team);
        clientUser = world.signIn(Role.CLIENT_USER, team);
        client = world.aClient(caseworker, "NL", "CONSUMER", "JURISDICTION_DEFAULT");
        debtor = world.aDebtor(caseworker);
    }

    /** A case owing exactly the principal on 1 June 2025 (no interest runs before that day). */
    private OpenCase owing(String principal) {
        return owing(principal, debtor);
    }

    private OpenCase owing(String principal, String debtorId) {
        return world.aCase(caseworker, client, debtorId, team, new Claim("I-" + System.nanoTime(), "2025-05-01", "2025-05-31", principal));
    }

    private Reply register(String token, Map<String, Object> input) {
        return http.graphql(token, MoneyWorld.REGISTER, Map.of("input", input));
    }

    private static Map<String, Object> payment(OpenCase kase, String amount, String valueDate) {
        return new HashMap<>(Map.of("caseId", kase.id(), "amount", amount, "valueDate", valueDate, "method", "CASH"));
    }

    private int postings(OpenCase kase) {
        return ((List<?>) world.money(caseworker, kase, "2026-03-02").at("data.node.money.postings")).size();
    }

    private Reply split(Map<String, Object> input) {
        return http.graphql(caseworker, SPLIT, Map.of("input", input));
    }

    /** A split by scheme over cases, in this order, on 1 June 2025. */
    private Reply split(String scheme, String amount, OpenCase... cases) {
        return split(Map.of("scheme", scheme, "caseIds", List.of(cases).stream().map(OpenCase::id).toList(), "amount", amount,
                "valueDate", "2025-06-01", "method", "BANK_TRANSFER"));
    }

    private static List<String> parts(Reply split) {
        List<Map<String, Object>> parts = split.at("data.paymentSplit.payment.parts");
        return parts.stream().map(p -> (String) ((Map<?, ?>) p.get("amount")).get("amount")).toList();
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} on {4}")
    @CsvSource({
            "0.00, , 2025-06-01, INVALID_AMOUNT, amount",
            "-5.00, , 2025-06-01, INVALID_AMOUNT, amount",
            "10.001, , 2025-06-01, INVALID_FORMAT, amount",
            "10.00, PLN, 2025-06-01, CURRENCY_MISMATCH, currency",
            "10.00, , 2026-03-03, DATE_IN_FUTURE, valueDate"})
    void bad_input_is_refused_by_field_and_nothing_is_booked(String amount, String currency, String valueDate, String code, String field) {
        OpenCase kase = owing("100.00");
        int before = postings(kase);
        Map<String, Object> input = payment(kase, amount, valueDate);
        if (currency != null) {
            input.put("currency", currency);
        }

        Reply refused = register(caseworker, input);

        assertThat((String) refused.at("data.paymentRegister.userErrors.0.code")).as(refused.body()).isEqualTo(code);
        assertThat((List<String>) refused.at("data.paymentRegister.userErrors.0.field")).containsExactly("input", field);
        assertThat((Object) refused.at("data.paymentRegister.payment")).isNull();
        assertThat(postings(kase)).isEqualTo(before);
        assertThat((Integer) http.graphql(caseworker, LIST, Map.of("filter", Map.of("caseId", kase.id()))).at("data.payments.totalCount")).isZero();
    }

    @Test
    void a_case_of_another_team_is_not_found_and_a_claim_of_another_case_cannot_be_designated() {
        OpenCase kase = owing("100.00");
        OpenCase other = owing("50.00");
        Map<String, Object> foreignClaim = payment(kase, "10.00", "2025-06-01");
        foreignClaim.put("designatedClaimIds", List.of(other.claims().values().iterator().next()));

        Reply hidden = register(otherTeamsWorker, payment(kase, "10.00", "2025-06-01"));
        Reply wrongClaim = register(caseworker, foreignClaim);

        assertThat((String) hidden.at("data.paymentRegister.userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat((List<String>) hidden.at("data.paymentRegister.userErrors.0.field")).containsExactly("input", "caseId");
        assertThat((String) wrongClaim.at("data.paymentRegister.userErrors.0.code")).as(wrongClaim.body()).isEqualTo("NOT_FOUND");
        assertThat((List<String>) wrongClaim.at("data.paymentRegister.userErrors.0.field")).containsExactly("input", "designatedClaimIds", "0");
        assertThat((Integer) http.graphql(supervisor, LIST, Map.of("filter", Map.of("caseId", kase.id()))).at("data.payments.totalCount")).isZero();
    }

    @Test
    void oldest_case_first_fills_the_older_case_then_the_next_and_keeps_any_rest_on_the_oldest_as_credit() {
        OpenCase older = owing("100.00");
        OpenCase newer = owing("300.00");

        Reply partial = split("OLDEST_CASE_FIRST", "250.00", newer, older);
        Reply beyond = split("OLDEST_CASE_FIRST", "200.00", older, newer);

        assertThat((List<?>) partial.at("data.paymentSplit.userErrors")).as(partial.body()).isEmpty();
        assertThat((String) partial.at("data.paymentSplit.payment.parts.0.case.id")).isEqualTo(older.id());
        assertThat(parts(partial)).containsExactly("100.00", "150.00");
        // the older case owes nothing more; the newer one 150.00 of the 200.00: 50.00 stays on the older case as credit
        assertThat(parts(beyond)).containsExactly("50.00", "150.00");
        assertThat((String) world.money(caseworker, older, "2025-06-01").at("data.node.money.balance.credit.amount")).isEqualTo("50.00");
        assertThat((String) world.money(caseworker, newer, "2025-06-01").at("data.node.money.balance.open.amount")).isEqualTo("0.00");
    }

    @Test
    void pro_rata_shares_the_payment_in_proportion_to_what_each_case_owes() {
        OpenCase one = owing("100.00");
        OpenCase three = owing("300.00");

        Reply reply = split("PRO_RATA", "200.00", one, three);

        assertThat((String) reply.at("data.paymentSplit.payment.splitScheme")).as(reply.body()).isEqualTo("PRO_RATA");
        assertThat(parts(reply)).containsExactly("50.00", "150.00");
    }

    @Test
    void designated_parts_must_add_up_to_the_payment_and_cases_must_share_a_debtor() {
        OpenCase one = owing("100.00");
        OpenCase two = owing("300.00");
        OpenCase stranger = owing("100.00", world.aDebtor(caseworker));

        Reply short_ = split(Map.of("scheme", "DESIGNATED", "amount", "100.00", "valueDate", "2025-06-01", "method", "CARD",
                "parts", List.of(Map.of("caseId", one.id(), "amount", "60.00"), Map.of("caseId", two.id(), "amount", "30.00"))));
        Reply foreign = split(Map.of("scheme", "PRO_RATA", "caseIds", List.of(one.id(), stranger.id()), "amount", "100.00",
                "valueDate", "2025-06-01", "method", "CARD"));
        Reply fine = split(Map.of("scheme", "DESIGNATED", "amount", "100.00", "valueDate", "2025-06-01", "method", "CARD",
                "parts", List.of(Map.of("caseId", one.id(), "amount", "60.00"), Map.of("caseId", two.id(), "amount", "40.00"))));

        assertThat((String) short_.at("data.paymentSplit.userErrors.0.code")).as(short_.body()).isEqualTo("SPLIT_DOES_NOT_ADD_UP");
        assertThat((List<String>) short_.at("data.paymentSplit.userErrors.0.field")).containsExactly("input", "parts");
        assertThat((String) foreign.at("data.paymentSplit.userErrors.0.code")).isEqualTo("NOT_SAME_DEBTOR");
        assertThat(parts(fine)).containsExactly("60.00", "40.00");
        assertThat((Integer) http.graphql(caseworker, LIST, Map.of("filter", Map.of("caseId", stranger.id()))).at("data.payments.totalCount")).isZero();
        assertThat((Integer) http.graphql(caseworker, LIST, Map.of("filter", Map.of("caseId", one.id()))).at("data.payments.totalCount")).isEqualTo(1);
    }

    @Test
    void reversing_a_split_payment_undoes_it_on_every_case_and_only_supervisors_may() {
        OpenCase one = owing("100.00");
        OpenCase two = owing("300.00");
        Object oneBefore = world.money(caseworker, one, "2025-06-01").at("data.node.money.claims");
        Object twoBefore = world.money(caseworker, two, "2025-06-01").at("data.node.money.claims");
        String id = split("PRO_RATA", "200.00", one, two).at("data.paymentSplit.payment.id");

        Reply denied = http.graphql(caseworker, REVERSE, Map.of("id", id));
        Reply reversed = http.graphql(supervisor, REVERSE, Map.of("id", id));

        assertThat((String) denied.at("data.paymentReverse.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) reversed.at("data.paymentReverse.payment.reversal.reason")).as(reversed.body()).isEqualTo("typed on the wrong case");
        assertThat((Object) world.money(caseworker, one, "2025-06-01").at("data.node.money.claims")).isEqualTo(oneBefore);
        assertThat((Object) world.money(caseworker, two, "2025-06-01").at("data.node.money.claims")).isEqualTo(twoBefore);
        Reply node = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Payment { reversal { reason } parts { applied { isReversed allocations { amount { amount } } } } } } }",
                Map.of("id", id));
        assertThat((List<Map<String, Object>>) node.at("data.node.parts")).as(node.body()).hasSize(2)
                .allSatisfy(p -> assertThat(((Map<?, ?>) p.get("applied")).get("isReversed")).isEqualTo(true));
    }

    @Test
    void the_payment_list_is_per_case_for_caseworkers_across_cases_for_supervisors_and_pages_by_cursor() {
        OpenCase kase = owing("1000.00");
        for (String amount : List.of("10.00", "30.00", "20.00")) {
            world.pay(caseworker, kase, amount, "2025-06-01");
        }
        String reversed = world.pay(caseworker, kase, "5.00", "2025-06-02").at("data.paymentRegister.payment.id");
        http.graphql(supervisor, REVERSE, Map.of("id", reversed));

        Map<String, Object> byAmount = Map.of("field", "AMOUNT", "direction", "DESC");
        Reply first = http.graphql(caseworker, LIST, Map.of("filter", Map.of("caseId", kase.id(), "reversed", false), "order", byAmount, "first", 2));
        Reply second = http.graphql(caseworker, LIST, Map.of("filter", Map.of("caseId", kase.id(), "reversed", false), "order", byAmount, "first", 2,
                "after", first.at("data.payments.pageInfo.endCursor")));
        Reply across = http.graphql(caseworker, LIST, Map.of());
        Reply supervisors = http.graphql(supervisor, LIST, Map.of("filter", Map.of("reversed", true), "first", 100));

        assertThat((Integer) first.at("data.payments.totalCount")).as(first.body()).isEqualTo(3);
        assertThat((List<Map<String, Object>>) first.at("data.payments.nodes")).extracting(p -> (Object) ((Map<?, ?>) p.get("amount")).get("amount"))
                .containsExactly("30.00", "20.00");
        assertThat((List<Map<String, Object>>) second.at("data.payments.nodes")).extracting(p -> (Object) ((Map<?, ?>) p.get("amount")).get("amount"))
                .containsExactly("10.00");
        assertThat((String) across.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((List<Map<String, Object>>) supervisors.at("data.payments.nodes")).extracting(p -> p.get("id")).contains(reversed);
        assertThat((Integer) http.graphql(otherTeamsWorker, LIST, Map.of("filter", Map.of("caseId", kase.id()))).at("data.payments.totalCount")).isZero();
        assertThat((Object) http.graphql(otherTeamsWorker, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", reversed)).at("data.node")).isNull();
    }

    @Test
    void field_agents_see_money_but_register_nothing_and_client_users_see_no_money() {
        OpenCase kase = owing("100.00");

        Reply fieldMoney = http.graphql(fieldAgent, "query($id: ID!) { node(id: $id) { ... on Case { openBalance { amount } money { balance { open { amount } } } } } }",
                Map.of("id", kase.id()));
        Reply fieldPays = register(fieldAgent, payment(kase, "10.00", "2025-06-01"));
        Reply clientPays = register(clientUser, payment(kase, "10.00", "2025-06-01"));
        Reply clientRuns = http.graphql(clientUser, "{ accrualRuns { runDate } }", Map.of());
        Reply workerRuns = http.graphql(caseworker, "{ accrualRuns { runDate } }", Map.of());

        assertThat((String) fieldMoney.at("data.node.openBalance.amount")).as(fieldMoney.body()).isEqualTo("104.19");
        assertThat((String) fieldMoney.at("data.node.money.balance.open.amount")).isEqualTo("104.19");
        assertThat((String) fieldPays.at("data.paymentRegister.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) clientPays.at("data.paymentRegister.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((Object) http.graphql(clientUser, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", kase.id())).at("data.node")).isNull();
        assertThat((String) clientRuns.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) workerRuns.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
    }
}
