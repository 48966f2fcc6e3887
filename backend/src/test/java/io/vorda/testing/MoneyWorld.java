package io.vorda.testing;

import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.NewUser;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseId;
import io.vorda.ledger.Ledger;
import io.vorda.ledger.NewCharge;
import io.vorda.ledger.PostingKind;
import io.vorda.shared.Money;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases with money for GraphQL tests, made the way a caseworker makes them: clients with terms, debtors, cases with
 * claims, payments through the public API. Cost charges go through the ledger's door (the cost scales that will
 * produce them come with their own work).
 */
@Singleton
public class MoneyWorld {

    /** A case as the tests use it: its global id, its ledger id and its claims' global ids by invoice number. */
    public record OpenCase(String id, CaseId caseId, Map<String, String> claims) {

        public UUID claim(String invoiceNumber) {
            return GlobalId.decode(claims.get(invoiceNumber), "Claim", "claim");
        }
    }

    /** A claim as typed on the case. */
    public record Claim(String invoiceNumber, String invoiceDate, String dueDate, String principal) {
    }

    public static final String MONEY = """
            query($id: ID!, $asOf: Date) { node(id: $id) { ... on Case { money(asOf: $asOf) {
              asOf isInterestConfirmed
              balance { asOf principal { amount } interest { amount } costs { amount } paid { amount } credit { amount } open { amount currency } }
              claims { claim { id invoiceNumber } interestFrom interestRule
                       balance { principal { amount } interest { amount } costs { amount } paid { amount } open { amount } }
                       interestPeriods { firstDate lastDate days annualRatePercent base { amount } interest { amount } capitalisedAfter { amount } isConfirmed }
                       charges { id kind amount { amount } valueDate explanation isReversed } }
              payments { valueDate amount { amount } isReversed credit { amount } payment { id }
                         allocations { claim { invoiceNumber } component amount { amount } } }
              postings { kind component amount { amount } valueDate claim { invoiceNumber } reverses explanation }
            } } } }""";

    public static final String REGISTER = """
            mutation($input: PaymentRegisterInput!) { paymentRegister(input: $input) {
              payment { id amount { amount currency } valueDate method reversal { reason }
                        parts { case { id } amount { amount } applied { credit { amount } isReversed
                                allocations { claim { invoiceNumber } component amount { amount } } } } }
              userErrors { code field message } } }""";

    private final TestHttp http;
    private final Users users;
    private final Teams teams;
    private final Ledger ledger;

    public MoneyWorld(TestHttp http, Users users, Teams teams, Ledger ledger) {
        this.http = http;
        this.users = users;
        this.teams = teams;
        this.ledger = ledger;
    }

    public TeamView aTeam(String name) {
        return teams.create(Caller.system(), name + " " + System.nanoTime(), null);
    }

    /** Signs in a new user with the role, member of the given teams. */
    public String signIn(Role role, TeamView... team) {
        UserView user = users.create(Caller.system(), new NewUser("Member " + System.nanoTime(), "m" + System.nanoTime() + "@test.example",
                null, Language.EN, Set.of(role), List.of(team).stream().map(TeamView::id).toList(), AccessFixtures.PASSWORD));
        users.markPasswordChosen(Caller.system(), user.id());
        return http.signIn(user.email(), AccessFixtures.PASSWORD);
    }

    /** A client in the jurisdiction with statutory interest for the transaction type, and the given allocation order. */
    public String aClient(String token, String jurisdiction, String transactionType, String allocationOrder) {
        return aClient(token, jurisdiction, Map.of("interestBasis", "STATUTORY", "transactionType", transactionType, "allocationOrder", allocationOrder));
    }

    /** A client in the jurisdiction with the given collection terms (a CollectionTermsInput); fails the test on userErrors. */
    public String aClient(String token, String jurisdiction, Map<String, Object> terms) {
        String creditor = anOrganisation(token);
        Reply client = http.graphql(token, "mutation($p: ID!, $j: Jurisdiction!, $terms: CollectionTermsInput!) { clientCreate(input: "
                        + "{partyId: $p, jurisdiction: $j, terms: $terms}) { client { id } userErrors { code field } } }",
                Map.of("p", creditor, "j", jurisdiction, "terms", terms));
        assertThat((List<?>) client.at("data.clientCreate.userErrors")).as(client.body()).isEmpty();
        return client.at("data.clientCreate.client.id");
    }

    /** A new organisation (a creditor to be), by its global id. */
    public String anOrganisation(String token) {
        return http.graphql(token, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Creditor " + System.nanoTime())).at("data.partyCreate.party.id");
    }

    public String aDebtor(String token) {
        return http.graphql(token, "mutation($n: String!) { partyCreate(input: {kind: PERSON, person: {familyName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Debtor " + System.nanoTime())).at("data.partyCreate.party.id");
    }

    /** Opens a case for the client against the debtor in the team, with the claims. */
    public OpenCase aCase(String token, String clientId, String debtorId, TeamView team, Claim... claims) {
        List<Map<String, Object>> typed = List.of(claims).stream().map(c -> Map.<String, Object>of("invoiceNumber", c.invoiceNumber(),
                "invoiceDate", c.invoiceDate(), "dueDate", c.dueDate(), "principalAmount", c.principal())).toList();
        Reply opened = http.graphql(token, "mutation($input: CaseOpenInput!) { caseOpen(input: $input) { case { id claims { id invoiceNumber } } userErrors { code field message } } }",
                Map.of("input", Map.of("clientId", clientId, "debtorIds", List.of(debtorId), "claims", typed,
                        "teamId", GlobalId.encode("Team", team.id().value()))));
        assertThat((List<?>) opened.at("data.caseOpen.userErrors")).as(opened.body()).isEmpty();
        String id = opened.at("data.caseOpen.case.id");
        Map<String, String> claimIds = new LinkedHashMap<>();
        List<Map<String, String>> made = opened.at("data.caseOpen.case.claims");
        made.forEach(c -> claimIds.put(c.get("invoiceNumber"), c.get("id")));
        return new OpenCase(id, new CaseId(GlobalId.decode(id, "Case", "id")), claimIds);
    }

    /** Charges costs on a claim through the ledger's door, as the cost scales will. */
    public void chargeCost(OpenCase kase, String invoiceNumber, String amount, String valueDate, String rule) {
        ledger.charge(Caller.system(), new NewCharge(kase.caseId(), kase.claim(invoiceNumber), PostingKind.COST,
                Money.of(amount, "EUR"), LocalDate.parse(valueDate), rule));
    }

    /** Registers a payment through the API; fails the test on userErrors. */
    public Reply pay(String token, OpenCase kase, String amount, String valueDate, String... designatedInvoices) {
        Map<String, Object> input = new HashMap<>(Map.of("caseId", kase.id(), "amount", amount, "valueDate", valueDate, "method", "BANK_TRANSFER"));
        if (designatedInvoices.length > 0) {
            input.put("designatedClaimIds", List.of(designatedInvoices).stream().map(kase.claims()::get).toList());
        }
        Reply reply = http.graphql(token, REGISTER, Map.of("input", input));
        assertThat((List<?>) reply.at("data.paymentRegister.userErrors")).as(reply.body()).isEmpty();
        return reply;
    }

    /** The case's money at the end of the day (today when null). */
    public Reply money(String token, OpenCase kase, String asOf) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", kase.id());
        variables.put("asOf", asOf);
        Reply reply = http.graphql(token, MONEY, variables);
        assertThat((Object) reply.at("errors")).as(reply.body()).isNull();
        return reply;
    }
}
