package io.vorda.cases.http;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.ApiClients;
import io.vorda.access.Caller;
import io.vorda.access.NewApiClient;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.UserView;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseView;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.CaseFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestDatabase;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/staff/v1/cases/export: the case list as CSV, streamed in chunks, for exactly the cases the caller may see. */
@MicronautTest(transactional = false)
class CaseExportIntegrationTest implements DatabaseTest {

    private static final String PATH = "/api/staff/v1/cases/export";

    @Inject TestHttp http;
    @Inject AccessFixtures access;
    @Inject CaseFixtures fixtures;
    @Inject Clients clients;
    @Inject ApiClients apiClients;

    private TeamView team;
    private ClientView client;
    private CaseView biggest;
    private String worker;

    @Override
    public Map<String, String> getProperties() {
        // small chunks, so five cases already take three round trips; a small maximum, so "too large" is cheap to reach
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("vorda.cases.export.chunk-size", "2");
        properties.put("vorda.cases.export.max-rows", "6");
        return properties;
    }

    @BeforeAll
    void world() {
        team = fixtures.aTeam("Export");
        client = fixtures.aClient("=HYPERLINK(\"http://evil.example\")", team);
        for (String amount : List.of("10.00", "1234.50", "99.99", "500.00")) {
            fixtures.aCase(client, team, amount);
        }
        biggest = fixtures.aCase(client, team, fixtures.aDebtor("Jansen, de"), "2000.00", "500.25");
        worker = http.signIn(access.aMember(Role.CASEWORKER, team.id()).email(), AccessFixtures.PASSWORD);
    }

    private Reply export(String token, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(PATH).append('?');
        query.forEach((k, v) -> uri.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return token == null ? http.get(uri.toString()) : http.get(uri.toString(), "Authorization", "Bearer " + token);
    }

    private static List<String> lines(Reply reply) {
        return List.of(reply.body().split("\r\n"));
    }

    @Test
    void a_caseworker_downloads_the_filtered_sorted_list_as_excel_ready_csv_in_several_chunks() {
        Reply reply = export(worker, Map.of("teamId", CaseFixtures.id(team), "sort", "PRINCIPAL_TOTAL", "direction", "DESC",
                "language", "NL"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv").containsIgnoringCase("utf-8"));
        assertThat(reply.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("cases-2026-03-02.csv"));
        assertThat(reply.body()).startsWith("\uFEFFReference;Status;Client;Debtors;Team;Assignee;Opened on;Principal total;Currency\r\n");
        List<String> lines = lines(reply);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith(biggest.reference() + ";NEW;\"'=HYPERLINK(\"\"http://evil.example\"\")")
                .contains(";Anna Jansen, de;" + team.name() + ";;2026-03-02;2500,25;EUR");
        assertThat(lines.subList(1, 6)).extracting(l -> l.split(";")[7]).containsExactly("2500,25", "1234,50", "500,00", "99,99", "10,00");
    }

    @Test
    void in_english_the_separator_is_a_comma_and_the_decimal_mark_a_point() {
        Reply reply = export(worker, Map.of("teamId", CaseFixtures.id(team), "sort", "PRINCIPAL_TOTAL", "direction", "ASC", "language", "EN",
                "principalMin", "1000"));

        List<String> lines = lines(reply);
        assertThat(lines.get(0)).isEqualTo("\uFEFFReference,Status,Client,Debtors,Team,Assignee,Opened on,Principal total,Currency");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).endsWith(",1234.50,EUR");
        assertThat(lines.get(2)).contains(",\"Anna Jansen, de\",").endsWith(",2500.25,EUR");
    }

    @Test
    void more_cases_than_one_export_may_hold_is_refused_before_anything_is_sent() {
        TeamView big = fixtures.aTeam("Big export");
        for (int i = 0; i < 7; i++) {
            fixtures.aCase(client, big, "1.00");
        }
        String supervisor = http.signIn(access.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);

        Reply reply = export(supervisor, Map.of("teamId", CaseFixtures.id(big)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat((String) reply.at("code")).isEqualTo("EXPORT_TOO_LARGE");
        assertThat(export(supervisor, Map.of("teamId", CaseFixtures.id(big), "principalMax", "0.50")).status()).isEqualTo(200);
    }

    @Test
    void a_client_user_exports_only_their_clients_cases_and_another_team_exports_none() {
        TeamView otherTeam = fixtures.aTeam("Other export");
        ClientView otherClient = fixtures.aClient("Other Export Client", otherTeam);
        CaseView otherCase = fixtures.aCase(otherClient, otherTeam, "42.00");
        UserView clientUser = access.aUser(Role.CLIENT_USER);
        clients.linkUser(Caller.system(), clientUser.id(), List.of(otherClient.id()));
        String clientToken = http.signIn(clientUser.email(), AccessFixtures.PASSWORD);
        String outsider = http.signIn(access.aMember(Role.CASEWORKER, otherTeam.id()).email(), AccessFixtures.PASSWORD);

        List<String> ofClient = lines(export(clientToken, Map.of("language", "EN")));
        List<String> ofOutsider = lines(export(outsider, Map.of("teamId", CaseFixtures.id(team))));

        assertThat(ofClient).hasSize(2);
        assertThat(ofClient.get(1)).startsWith(otherCase.reference() + ",NEW,Other Export Client");
        assertThat(ofOutsider).hasSize(1);
    }

    @Test
    void without_a_staff_token_there_is_no_export() {
        NewApiClient integrator = apiClients.create(Caller.system(), "Export ERP " + System.nanoTime());
        String apiToken = http.postJson("/api/integrations/v1/tokens", Map.of("grantType", "CLIENT_CREDENTIALS",
                "clientId", integrator.client().clientId(), "clientSecret", integrator.clientSecret())).at("accessToken");

        Reply anonymous = export(null, Map.of());
        Reply byIntegrator = export(apiToken, Map.of());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(byIntegrator.status()).isEqualTo(403);
        assertThat((String) byIntegrator.at("code")).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void bad_criteria_are_problems_naming_the_query_parameter() {
        Reply notANumber = export(worker, Map.of("principalMin", "lots"));
        Reply upsideDown = export(worker, Map.of("principalMin", "10", "principalMax", "5"));
        Reply wrongId = export(worker, Map.of("teamId", GlobalId.encode("Client", client.id().value())));
        Reply badSort = export(worker, Map.of("sort", "DEBTOR"));

        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("principalMin");
        assertThat(upsideDown.status()).isEqualTo(400);
        assertThat(upsideDown.body()).contains("principalMax");
        assertThat(wrongId.status()).isEqualTo(404);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body()).contains("sort");
    }
}
