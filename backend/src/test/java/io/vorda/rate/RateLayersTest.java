package io.vorda.rate;

import io.vorda.interest.RateTables;
import io.vorda.interest.StatutoryRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RateLayersTest {

    private static final RateTables SHIPPED = RateTables.shipped();
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private static InterestRateEntryRow entry(String table, String validFrom, String percent, String publishedThrough, boolean confirmed,
                                              RateEntryKind kind, UUID supersedes) {
        return new InterestRateEntryRow(UUID.randomUUID(), table, LocalDate.parse(validFrom), percent == null ? null : new BigDecimal(percent),
                publishedThrough == null ? null : LocalDate.parse(publishedThrough), confirmed, "source of " + validFrom, kind, supersedes,
                AT, "admin@test.example");
    }

    private static InterestRateEntryRow added(String table, String validFrom, String percent, String publishedThrough) {
        return entry(table, validFrom, percent, publishedThrough, true, RateEntryKind.ADDED, null);
    }

    @Test
    void an_entry_on_the_day_a_shipped_row_starts_replaces_it_and_says_which_row_it_replaced() {
        // NL 1 Jan 2026 = 4 % is shipped unconfirmed (money-rules §9 item 2); an administrator confirms it
        RateLayers layers = RateLayers.of(SHIPPED, List.of(added("nl-statutory", "2026-01-01", "4", null)));

        RatePeriodView row = layers.view(StatutoryRate.NL_STATUTORY).periods().getFirst();
        assertThat(row.validFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(row.origin()).isEqualTo(RateOrigin.ADMIN);
        assertThat(row.isConfirmed()).isTrue();
        assertThat(row.replacesShipped()).isNotNull();
        assertThat(row.replacesShipped().isConfirmed()).isFalse();
        assertThat(layers.tables().table(StatutoryRate.NL_STATUTORY).periodOn(LocalDate.parse("2026-02-01")).isConfirmed()).isTrue();
        assertThat(layers.view(StatutoryRate.NL_STATUTORY).periods()).hasSize(SHIPPED.table(StatutoryRate.NL_STATUTORY).periods().size());
    }

    @Test
    void an_entry_that_continues_the_table_extends_its_published_through_date_and_one_years_ahead_does_not() {
        RateLayers continued = RateLayers.of(SHIPPED, List.of(added("nl-statutory", "2026-07-01", "5", "2026-12-31")));
        RateLayers ahead = RateLayers.of(SHIPPED, List.of(added("nl-statutory", "2030-01-01", "5", "2030-06-30")));
        RateLayers withoutDate = RateLayers.of(SHIPPED, List.of(added("nl-statutory", "2026-07-01", "5", null)));

        assertThat(continued.tables().table(StatutoryRate.NL_STATUTORY).publishedThrough()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(ahead.tables().table(StatutoryRate.NL_STATUTORY).publishedThrough()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(ahead.tables().table(StatutoryRate.NL_STATUTORY).periodOn(LocalDate.parse("2030-02-01")).annualRatePercent()).isEqualByComparingTo("5");
        assertThat(withoutDate.tables().table(StatutoryRate.NL_STATUTORY).publishedThrough()).isEqualTo(LocalDate.parse("2026-07-01"));
    }

    @Test
    void only_the_current_entry_of_a_day_applies_and_a_withdrawal_brings_back_the_shipped_row() {
        InterestRateEntryRow first = added("nl-statutory", "2026-01-01", "5", null);
        InterestRateEntryRow corrected = entry("nl-statutory", "2026-01-01", "4.5", null, false, RateEntryKind.CORRECTED, first.id());
        InterestRateEntryRow withdrawn = entry("nl-statutory", "2026-01-01", null, null, false, RateEntryKind.WITHDRAWN, corrected.id());

        RateLayers afterCorrection = RateLayers.of(SHIPPED, List.of(first, corrected));
        RateLayers afterWithdrawal = RateLayers.of(SHIPPED, List.of(first, corrected, withdrawn));

        assertThat(afterCorrection.view(StatutoryRate.NL_STATUTORY).periods().getFirst().annualRatePercent()).isEqualByComparingTo("4.5");
        assertThat(afterCorrection.view(StatutoryRate.NL_STATUTORY).changes()).extracting(InterestRateEntryView::isCurrent).containsExactly(true, false);
        RatePeriodView back = afterWithdrawal.view(StatutoryRate.NL_STATUTORY).periods().getFirst();
        assertThat(back.origin()).isEqualTo(RateOrigin.SHIPPED);
        assertThat(back.annualRatePercent()).isEqualByComparingTo("4");
        assertThat(afterWithdrawal.view(StatutoryRate.NL_STATUTORY).changes()).extracting(InterestRateEntryView::kind)
                .containsExactly(RateEntryKind.WITHDRAWN, RateEntryKind.CORRECTED, RateEntryKind.ADDED);
    }

    @Test
    void a_derived_rate_follows_an_entered_reference_row_and_names_its_origin() {
        RateLayers layers = RateLayers.of(SHIPPED, List.of(added("de-base-rate", "2026-07-01", "-0.5", "2026-12-31")));

        RatePeriodView row = layers.view(StatutoryRate.DE_DEFAULT_COMMERCIAL).periods().getFirst();
        assertThat(row.validFrom()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(row.annualRatePercent()).isEqualByComparingTo("8.5");
        assertThat(row.origin()).isEqualTo(RateOrigin.ADMIN);
        assertThat(row.entry()).isNotNull();
        assertThat(layers.view(StatutoryRate.DE_DEFAULT_COMMERCIAL).publishedThrough()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(layers.view(StatutoryRate.DE_DEFAULT_COMMERCIAL).isEditable()).isFalse();
        assertThat(layers.view(StatutoryRate.DE_DEFAULT).periods().get(1).origin()).isEqualTo(RateOrigin.SHIPPED);
    }
}
