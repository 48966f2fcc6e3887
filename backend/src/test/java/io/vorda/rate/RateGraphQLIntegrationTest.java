package io.vorda.rate;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.interest.AgreedCosts;
import io.vorda.interest.CollectionCost;
import io.vorda.interest.CostScales;
import io.vorda.interest.ExchangeRates;
import io.vorda.interest.UnpaidClaim;
import io.vorda.interest.WorkingDays;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rate administration through the staff GraphQL API on a real database. The test database is shared by every test
 * class of a run, so the periods entered here lie decades ahead and the exchange rates use pairs and days no other
 * test computes with.
 */
@MicronautTest(transactional = false)
class RateGraphQLIntegrationTest implements DatabaseTest {

    private static final String ENTRY = "entry { id rate validFrom annualRatePercent publishedThrough isConfirmed source kind isCurrent enteredBy enteredAt }";
    private static final String ADD = """
            mutation($input: InterestRatePeriodAddInput!) {
              interestRatePeriodAdd(input: $input) { %s table { rate publishedThrough } userErrors { code field message } }
            }""".formatted(ENTRY);
    private static final String CORRECT = """
            mutation($input: InterestRatePeriodCorrectInput!) {
              interestRatePeriodCorrect(input: $input) { %s userErrors { code field message } }
            }""".formatted(ENTRY);
    private static final String WITHDRAW = """
            mutation($input: InterestRatePeriodWithdrawInput!) {
              interestRatePeriodWithdraw(input: $input) { %s userErrors { code field message } }
            }""".formatted(ENTRY);
    private static final String TABLE = """
            query($rate: StatutoryRate!) { interestRateTable(rate: $rate) { rate tableId derivedFrom isEditable publishedThrough firstDate
              periods { validFrom annualRatePercent isConfirmed source origin entry { id enteredBy } replacesShipped { annualRatePercent } }
              changes { id validFrom annualRatePercent kind isCurrent source enteredBy } } }""";
    private static final String PREVIEW = """
            query($input: InterestPreviewInput!) { interestPreview(input: $input) {
              interest { total { amount currency } totalExact isConfirmed
                periods { firstDate lastDate days daysInYear annualRatePercent base { amount } interest { amount } isConfirmed sources } }
              userErrors { code field message } } }""";
    private static final String EXCHANGE_ADD = """
            mutation($input: ExchangeRateAddInput!) {
              exchangeRateAdd(input: $input) { exchangeRate { id baseCurrency quoteCurrency rateDate rate isConfirmed source kind enteredBy }
                userErrors { code field message } }
            }""";
    private static final String EXCHANGE_LIST = """
            query($first: Int, $after: String, $filter: ExchangeRateFilter) { exchangeRates(first: $first, after: $after, filter: $filter) {
              nodes { id rateDate rate kind isConfirmed source history { rate kind isCurrent enteredBy } }
              pageInfo { hasNextPage endCursor } totalCount } }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject ExchangeRates exchangeRates;

    private String admin;
    private String adminEmail;

    @BeforeAll
    void signIn() {
        adminEmail = fixtures.aUser(Role.ADMIN).email();
        admin = http.signIn(adminEmail, AccessFixtures.PASSWORD);
    }

    private String tokenOf(Role role) {
        return http.signIn(fixtures.aUser(role).email(), AccessFixtures.PASSWORD);
    }

    private static Map<String, Object> period(String rate, String validFrom, String percent, boolean confirmed, String source) {
        Map<String, Object> input = new HashMap<>(Map.of("rate", rate, "validFrom", validFrom, "annualRatePercent", percent,
                "isConfirmed", confirmed));
        input.put("source", source);
        return input;
    }

    private static Map<String, Object> input(Map<String, Object> input) {
        return Map.of("input", input);
    }

    private static Map<String, Object> preview(String rate, String principal, String from, String to) {
        return input(Map.of("principal", principal, "currency", "EUR", "firstInterestDate", from, "lastInterestDate", to,
                "basis", Map.of("statutoryRate", rate), "dayCount", "ACT_365F"));
    }

    /** Sends each input as the administrator and expects its first userError ("CODE input.field") and an otherwise empty payload. */
    private void assertEachRefused(String document, String mutation, Map<String, Map<String, Object>> inputs, Map<String, String> expected) {
        inputs.forEach((what, in) -> {
            Reply reply = http.graphql(admin, document, input(in));
            String payload = "data." + mutation + ".";
            assertThat(reply.<String>at(payload + "userErrors.0.code") + " " + String.join(".", reply.<List<String>>at(payload + "userErrors.0.field")))
                    .as(what + ": " + reply.body()).isEqualTo(expected.get(what));
            reply.<Map<String, Object>>at("data." + mutation).forEach((field, value) -> {
                if (!field.equals("userErrors")) {
                    assertThat(value).as(what + ": " + field).isNull();
                }
            });
        });
    }

    private static void assertNoUserErrors(Reply reply, String mutation) {
        assertThat((List<?>) reply.at("data." + mutation + ".userErrors")).as(reply.body()).isEmpty();
    }

    @Test
    void a_period_an_administrator_adds_is_used_by_the_interest_preview_at_once() {
        Map<String, Object> in = period("NL_COMMERCIAL", "2040-01-01", "12.5", true, "Stb. 2039, 612");
        in.put("publishedThrough", "2040-06-30");
        Reply added = http.graphql(admin, ADD, input(in));

        assertNoUserErrors(added, "interestRatePeriodAdd");
        assertThat((String) added.at("data.interestRatePeriodAdd.entry.kind")).isEqualTo("ADDED");
        assertThat((String) added.at("data.interestRatePeriodAdd.entry.enteredBy")).isEqualTo(adminEmail);
        Reply table = http.graphql(admin, TABLE, Map.of("rate", "NL_COMMERCIAL"));
        assertThat((String) table.at("data.interestRateTable.periods.0.validFrom")).isEqualTo("2040-01-01");
        assertThat((String) table.at("data.interestRateTable.periods.0.origin")).isEqualTo("ADMIN");
        assertThat((String) table.at("data.interestRateTable.periods.0.source")).isEqualTo("Stb. 2039, 612");
        assertThat((String) table.at("data.interestRateTable.periods.1.origin")).isEqualTo("SHIPPED");

        // 1,000.00 × 12.5 % × 31/365 = 10.6164… → 10.62
        Reply interest = http.graphql(admin, PREVIEW, preview("NL_COMMERCIAL", "1000.00", "2040-01-01", "2040-01-31"));

        assertNoUserErrors(interest, "interestPreview");
        assertThat((String) interest.at("data.interestPreview.interest.total.amount")).isEqualTo("10.62");
        assertThat((String) interest.at("data.interestPreview.interest.periods.0.annualRatePercent")).isEqualTo("12.5");
        assertThat((Integer) interest.at("data.interestPreview.interest.periods.0.days")).isEqualTo(31);
        assertThat((List<String>) interest.at("data.interestPreview.interest.periods.0.sources")).contains("Stb. 2039, 612");
        // entered years ahead of the table's known end, so the gap before it is not "published": shown as unconfirmed
        assertThat((Boolean) interest.at("data.interestPreview.interest.isConfirmed")).isFalse();
    }

    @Test
    void an_unconfirmed_period_is_flagged_in_the_table_and_in_every_result_that_uses_it() {
        Map<String, Object> in = period("BE_LEGAL", "2041-01-01", "5.25", false, "announced in De Tijd; Staatsblad not yet seen");
        in.put("publishedThrough", "2041-12-31");
        assertNoUserErrors(http.graphql(admin, ADD, input(in)), "interestRatePeriodAdd");

        Reply table = http.graphql(admin, TABLE, Map.of("rate", "BE_LEGAL"));
        assertThat((String) table.at("data.interestRateTable.periods.0.validFrom")).isEqualTo("2041-01-01");
        assertThat((Boolean) table.at("data.interestRateTable.periods.0.isConfirmed")).isFalse();
        assertThat((Boolean) table.at("data.interestRateTable.periods.1.isConfirmed")).isTrue();

        Reply interest = http.graphql(admin, PREVIEW, preview("BE_LEGAL", "2000.00", "2041-02-01", "2041-02-28"));
        assertThat((String) interest.at("data.interestPreview.interest.periods.0.annualRatePercent")).isEqualTo("5.25");
        assertThat((Boolean) interest.at("data.interestPreview.interest.periods.0.isConfirmed")).isFalse();
        assertThat((Boolean) interest.at("data.interestPreview.interest.isConfirmed")).isFalse();
    }

    @Test
    void a_correction_supersedes_the_entry_and_the_history_keeps_who_changed_what() {
        Reply added = http.graphql(admin, ADD, input(period("PL_COMMERCIAL", "2042-01-01", "15.75", false, "MF notice, draft")));
        String first = added.at("data.interestRatePeriodAdd.entry.id");
        String supervisorToken = tokenOf(Role.SUPERVISOR);

        Reply corrected = http.graphql(admin, CORRECT, input(Map.of("entryId", first, "annualRatePercent", "15.5", "isConfirmed", true,
                "source", "M.P. 2042 poz. 12")));
        Reply stale = http.graphql(admin, CORRECT, input(Map.of("entryId", first, "annualRatePercent", "16", "isConfirmed", true,
                "source", "second thoughts")));

        assertNoUserErrors(corrected, "interestRatePeriodCorrect");
        assertThat((String) corrected.at("data.interestRatePeriodCorrect.entry.kind")).isEqualTo("CORRECTED");
        assertThat((String) stale.at("data.interestRatePeriodCorrect.userErrors.0.code")).isEqualTo("CONCURRENT_MODIFICATION");
        Reply table = http.graphql(supervisorToken, TABLE, Map.of("rate", "PL_COMMERCIAL"));
        assertThat((String) table.at("data.interestRateTable.periods.0.annualRatePercent")).isEqualTo("15.5");
        assertThat((Boolean) table.at("data.interestRateTable.periods.0.isConfirmed")).isTrue();
        assertThat((List<Map<String, Object>>) table.at("data.interestRateTable.changes"))
                .extracting(c -> c.get("kind") + " " + c.get("annualRatePercent") + " " + c.get("isCurrent") + " " + c.get("enteredBy"))
                .containsExactly("CORRECTED 15.5 true " + adminEmail, "ADDED 15.75 false " + adminEmail);

        String current = corrected.at("data.interestRatePeriodCorrect.entry.id");
        Reply withdrawn = http.graphql(admin, WITHDRAW, input(Map.of("entryId", current, "reason", "entered in the wrong table")));
        assertThat((String) withdrawn.at("data.interestRatePeriodWithdraw.entry.kind")).isEqualTo("WITHDRAWN");
        Reply after = http.graphql(admin, TABLE, Map.of("rate", "PL_COMMERCIAL"));
        assertThat((String) after.at("data.interestRateTable.periods.0.validFrom")).isNotEqualTo("2042-01-01");
        assertThat((String) after.at("data.interestRateTable.changes.0.source")).isEqualTo("entered in the wrong table");

        Reply again = http.graphql(admin, ADD, input(period("PL_COMMERCIAL", "2042-01-01", "15.5", true, "M.P. 2042 poz. 12")));
        assertNoUserErrors(again, "interestRatePeriodAdd");
        assertThat((String) again.at("data.interestRatePeriodAdd.entry.kind")).isEqualTo("ADDED");
    }

    @Test
    void a_negative_reference_rate_is_accepted_and_moves_the_rates_derived_from_it() {
        Reply added = http.graphql(admin, ADD, input(period("DE_BASE_RATE", "2043-01-01", "-0.62", true, "Bundesbank, 2 Jan 2043")));

        assertNoUserErrors(added, "interestRatePeriodAdd");
        Reply derived = http.graphql(admin, TABLE, Map.of("rate", "DE_DEFAULT"));
        assertThat((String) derived.at("data.interestRateTable.periods.0.annualRatePercent")).isEqualTo("4.38");
        assertThat((String) derived.at("data.interestRateTable.periods.0.origin")).isEqualTo("ADMIN");
        assertThat((String) derived.at("data.interestRateTable.derivedFrom")).isEqualTo("DE_BASE_RATE");
        assertThat((Boolean) derived.at("data.interestRateTable.isEditable")).isFalse();
    }

    @Test
    void bad_periods_are_refused_naming_the_field_and_nothing_is_written() {
        assertNoUserErrors(http.graphql(admin, ADD, input(period("NL_STATUTORY", "2044-01-01", "3", true, "Stb. 2043, 1"))), "interestRatePeriodAdd");
        Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        inputs.put("negative rate", period("NL_STATUTORY", "2044-07-01", "-1", true, "x"));
        expected.put("negative rate", "INVALID_FORMAT input.annualRatePercent");
        inputs.put("rate over 100", period("NL_STATUTORY", "2044-07-01", "100.01", true, "x"));
        expected.put("rate over 100", "INVALID_FORMAT input.annualRatePercent");
        inputs.put("five decimals", period("NL_STATUTORY", "2044-07-01", "3.12345", true, "x"));
        expected.put("five decimals", "INVALID_FORMAT input.annualRatePercent");
        inputs.put("before the first row", period("NL_STATUTORY", "2001-12-31", "7", true, "x"));
        expected.put("before the first row", "DATE_OUT_OF_RANGE input.validFrom");
        inputs.put("duplicate", period("NL_STATUTORY", "2044-01-01", "3.5", true, "x"));
        expected.put("duplicate", "RATE_ALREADY_ENTERED input.validFrom");
        inputs.put("no source", period("NL_STATUTORY", "2044-07-01", "3", true, "   "));
        expected.put("no source", "REQUIRED input.source");
        inputs.put("derived rate", period("PL_LATE", "2044-07-01", "9", true, "x"));
        expected.put("derived rate", "INVALID_FORMAT input.rate");
        Map<String, Object> through = period("NL_STATUTORY", "2044-07-01", "3", true, "x");
        through.put("publishedThrough", "2044-06-30");
        inputs.put("known through before it starts", through);
        expected.put("known through before it starts", "INVALID_PERIOD input.publishedThrough");

        assertEachRefused(ADD, "interestRatePeriodAdd", inputs, expected);
        Reply table = http.graphql(admin, TABLE, Map.of("rate", "NL_STATUTORY"));
        assertThat((List<Map<String, Object>>) table.at("data.interestRateTable.changes")).extracting(c -> c.get("validFrom"))
                .containsExactly("2044-01-01");
    }

    @Test
    void a_preview_refuses_what_it_cannot_compute_naming_the_field() {
        Reply beforeTable = http.graphql(admin, PREVIEW, preview("PL_REFERENCE", "100.00", "2013-01-01", "2013-12-31"));
        Reply backwards = http.graphql(admin, PREVIEW, preview("NL_STATUTORY", "100.00", "2025-01-10", "2025-01-01"));
        Reply cents = http.graphql(admin, PREVIEW, preview("NL_STATUTORY", "100.001", "2025-01-01", "2025-01-31"));
        Reply twoBases = http.graphql(admin, PREVIEW, input(Map.of("principal", "100", "currency", "EUR", "firstInterestDate", "2025-01-01",
                "lastInterestDate", "2025-01-31", "basis", Map.of("statutoryRate", "NL_STATUTORY", "annualPercent", "8"), "dayCount", "ACT_365F")));

        assertThat((String) beforeTable.at("data.interestPreview.userErrors.0.code")).isEqualTo("INTEREST_RATE_UNKNOWN");
        assertThat((List<String>) beforeTable.at("data.interestPreview.userErrors.0.field")).containsExactly("input", "firstInterestDate");
        assertThat((List<String>) backwards.at("data.interestPreview.userErrors.0.field")).containsExactly("input", "lastInterestDate");
        assertThat((List<String>) cents.at("data.interestPreview.userErrors.0.field")).containsExactly("input", "principal");
        assertThat((List<String>) twoBases.at("data.interestPreview.userErrors.0.field")).containsExactly("input", "basis");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_administrators_change_rates(Role role) {
        String token = tokenOf(role);

        Reply period = http.graphql(token, ADD, input(period("NL_STATUTORY", "2045-01-01", "3", true, "x")));
        Reply rate = http.graphql(token, EXCHANGE_ADD, input(Map.of("baseCurrency", "GBP", "quoteCurrency", "SEK", "rateDate", "2020-01-02",
                "rate", "13.9", "isConfirmed", true, "source", "x")));

        assertThat((String) period.at("data.interestRatePeriodAdd.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) rate.at("data.exchangeRateAdd.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        Reply table = http.graphql(admin, TABLE, Map.of("rate", "NL_STATUTORY"));
        assertThat((List<Map<String, Object>>) table.at("data.interestRateTable.changes")).noneMatch(c -> "2045-01-01".equals(c.get("validFrom")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FIELD_AGENT", "CLIENT_USER"})
    void only_staff_who_work_case_money_read_rates(Role role) {
        String token = tokenOf(role);

        Reply tables = http.graphql(token, "{ interestRateTables { rate } }", Map.of());
        Reply rates = http.graphql(token, EXCHANGE_LIST, Map.of());
        Reply interest = http.graphql(token, PREVIEW, preview("NL_STATUTORY", "100.00", "2025-01-01", "2025-01-31"));

        assertThat((String) tables.at("errors.0.extensions.code")).as(tables.body()).isEqualTo("PERMISSION_DENIED");
        assertThat((String) rates.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) interest.at("data.interestPreview.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void supervisors_and_caseworkers_read_every_table() {
        for (Role role : List.of(Role.SUPERVISOR, Role.CASEWORKER)) {
            Reply tables = http.graphql(tokenOf(role), "{ interestRateTables { rate isEditable periods { validFrom } } }", Map.of());
            assertThat((List<Map<String, Object>>) tables.at("data.interestRateTables")).as(tables.body()).hasSize(12);
        }
    }

    @Test
    void an_entered_exchange_rate_converts_the_polish_recovery_compensation_and_a_missing_one_is_named() {
        Currency pln = Currency.getInstance("PLN");
        WorkingDays polish = WorkingDays.mondayToFridayExcept(List.of());
        // due 17 Jun 2019: the rate day is the last working day of May 2019, before the 2020 tiers (EUR 40 for every claim)
        UnpaidClaim claim = new UnpaidClaim(Money.of("1000.00", "PLN"), LocalDate.parse("2019-06-17"));
        CostScales scales = new CostScales();
        assertThatThrownBy(() -> scales.polishRecoveryCompensation(claim, AgreedCosts.none(pln), exchangeRates, polish, LocalDate.parse("2026-03-02")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EXCHANGE_RATE_UNKNOWN);
                    assertThat(e.getMessage()).contains("2019-05-31");
                });

        Reply added = http.graphql(admin, EXCHANGE_ADD, input(Map.of("baseCurrency", "EUR", "quoteCurrency", "PLN", "rateDate", "2019-05-31",
                "rate", "4.2985", "isConfirmed", true, "source", "NBP table A 104/A/NBP/2019")));

        assertNoUserErrors(added, "exchangeRateAdd");
        CollectionCost cost = scales.polishRecoveryCompensation(claim, AgreedCosts.none(pln), exchangeRates, polish, LocalDate.parse("2026-03-02"));
        assertThat(cost.amount()).isEqualTo(Money.of("171.94", "PLN")); // EUR 40 × 4.2985 = 171.94

        String id = added.at("data.exchangeRateAdd.exchangeRate.id");
        http.graphql(admin, "mutation($input: ExchangeRateWithdrawInput!) { exchangeRateWithdraw(input: $input) { userErrors { code } } }",
                input(Map.of("exchangeRateId", id, "reason", "wrong table number")));
        assertThat(exchangeRates.rateOn(Currency.getInstance("EUR"), pln, LocalDate.parse("2019-05-31"))).isEmpty();
    }

    @Test
    void exchange_rates_are_listed_newest_day_first_in_pages_with_their_corrections() {
        for (String day : List.of("2021-03-01", "2021-03-02", "2021-03-03")) {
            assertNoUserErrors(http.graphql(admin, EXCHANGE_ADD, input(Map.of("baseCurrency", "CHF", "quoteCurrency", "HUF", "rateDate", day,
                    "rate", "330.12", "isConfirmed", false, "source", "MNB daily rate " + day))), "exchangeRateAdd");
        }
        Map<String, Object> filter = Map.of("baseCurrency", "CHF", "quoteCurrency", "HUF");
        String newest = http.graphql(admin, EXCHANGE_LIST, Map.of("first", 1, "filter", filter)).at("data.exchangeRates.nodes.0.id");
        Reply corrected = http.graphql(admin, """
                mutation($input: ExchangeRateCorrectInput!) { exchangeRateCorrect(input: $input) { exchangeRate { rate kind } userErrors { code } } }""",
                input(Map.of("exchangeRateId", newest, "rate", "331.045678", "isConfirmed", true, "source", "MNB, checked")));
        assertThat((String) corrected.at("data.exchangeRateCorrect.exchangeRate.kind")).isEqualTo("CORRECTED");

        Reply first = http.graphql(tokenOf(Role.CASEWORKER), EXCHANGE_LIST, Map.of("first", 2, "filter", filter));
        Reply second = http.graphql(admin, EXCHANGE_LIST, Map.of("first", 2, "after", first.at("data.exchangeRates.pageInfo.endCursor"), "filter", filter));

        assertThat((Integer) first.at("data.exchangeRates.totalCount")).isEqualTo(3);
        assertThat((List<Map<String, Object>>) first.at("data.exchangeRates.nodes")).extracting(n -> n.get("rateDate") + " " + n.get("rate"))
                .containsExactly("2021-03-03 331.045678", "2021-03-02 330.12");
        assertThat((List<Map<String, Object>>) first.at("data.exchangeRates.nodes.0.history")).extracting(h -> h.get("kind") + " " + h.get("isCurrent"))
                .containsExactly("CORRECTED true", "ADDED false");
        assertThat((Boolean) first.at("data.exchangeRates.pageInfo.hasNextPage")).isTrue();
        assertThat((List<Map<String, Object>>) second.at("data.exchangeRates.nodes")).extracting(n -> n.get("rateDate")).containsExactly("2021-03-01");
        assertThat((Boolean) second.at("data.exchangeRates.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void bad_exchange_rates_are_refused_naming_the_field() {
        assertNoUserErrors(http.graphql(admin, EXCHANGE_ADD, input(Map.of("baseCurrency", "USD", "quoteCurrency", "CZK", "rateDate", "2022-05-02",
                "rate", "23.5", "isConfirmed", true, "source", "ČNB"))), "exchangeRateAdd");
        Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        inputs.put("zero", Map.of("baseCurrency", "USD", "quoteCurrency", "CZK", "rateDate", "2022-05-03", "rate", "0", "isConfirmed", true, "source", "x"));
        expected.put("zero", "INVALID_FORMAT input.rate");
        inputs.put("seven decimals", Map.of("baseCurrency", "USD", "quoteCurrency", "CZK", "rateDate", "2022-05-03", "rate", "23.1234567", "isConfirmed", true, "source", "x"));
        expected.put("seven decimals", "INVALID_FORMAT input.rate");
        inputs.put("one currency", Map.of("baseCurrency", "USD", "quoteCurrency", "USD", "rateDate", "2022-05-03", "rate", "1", "isConfirmed", true, "source", "x"));
        expected.put("one currency", "INVALID_FORMAT input.quoteCurrency");
        inputs.put("tomorrow", Map.of("baseCurrency", "USD", "quoteCurrency", "CZK", "rateDate", "2026-03-03", "rate", "23", "isConfirmed", true, "source", "x"));
        expected.put("tomorrow", "DATE_IN_FUTURE input.rateDate");
        inputs.put("duplicate", Map.of("baseCurrency", "USD", "quoteCurrency", "CZK", "rateDate", "2022-05-02", "rate", "23.6", "isConfirmed", true, "source", "x"));
        expected.put("duplicate", "RATE_ALREADY_ENTERED input.rateDate");
        inputs.put("no source", Map.of("baseCurrency", "USD", "quoteCurrency", "CZK", "rateDate", "2022-05-03", "rate", "23", "isConfirmed", true, "source", ""));
        expected.put("no source", "REQUIRED input.source");

        assertEachRefused(EXCHANGE_ADD, "exchangeRateAdd", inputs, expected);
        Reply list = http.graphql(admin, EXCHANGE_LIST, Map.of("filter", Map.of("baseCurrency", "USD", "quoteCurrency", "CZK")));
        assertThat((Integer) list.at("data.exchangeRates.totalCount")).isEqualTo(1);
    }
}
