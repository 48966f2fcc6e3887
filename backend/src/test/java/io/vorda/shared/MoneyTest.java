package io.vorda.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void an_amount_finer_than_the_currency_is_refused_instead_of_rounded_silently() {
        assertThatThrownBy(() -> Money.of("10.005", "EUR")).isInstanceOf(ArithmeticException.class);
        assertThat(Money.of("10.50", "EUR").amount()).isEqualByComparingTo("10.5");
        assertThat(Money.of("10.500", "EUR").amount().scale()).isEqualTo(2);
    }

    @Test
    void amounts_in_different_currencies_cannot_be_added() {
        assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "PLN")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"2.345, 2.35", "2.344, 2.34", "-2.345, -2.35", "0.005, 0.01"})
    void commercial_rounding_rounds_half_away_from_zero(String exact, String rounded) {
        assertThat(Money.rounded(new BigDecimal(exact), EUR, Money.COMMERCIAL_ROUNDING)).isEqualTo(Money.of(rounded, "EUR"));
    }

    @ParameterizedTest(name = "{0} in {1} parts: last part {2}")
    @CsvSource({"100.00, 3, 33.34", "100.00, 4, 25.00", "0.05, 3, 0.03", "1000.01, 12, 83.38"})
    void splitting_gives_the_remainder_cents_to_the_last_part_and_adds_up_exactly(String total, int parts, String last) {
        List<Money> split = Money.of(total, "EUR").splitInto(parts);

        assertThat(split).hasSize(parts);
        assertThat(split.get(parts - 1)).isEqualTo(Money.of(last, "EUR"));
        assertThat(split.stream().reduce(Money.zero(EUR), Money::plus)).isEqualTo(Money.of(total, "EUR"));
    }

    @Test
    void arithmetic_is_exact() {
        Money sum = Money.zero(EUR);
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10", "EUR"));
        }
        assertThat(sum).isEqualTo(Money.of("1.00", "EUR"));
        assertThat(Money.of("5.00", "EUR").minus(Money.of("7.50", "EUR")).isNegative()).isTrue();
        assertThat(Money.of("100.00", "EUR").multipliedBy(new BigDecimal("0.0815"), Money.COMMERCIAL_ROUNDING))
                .isEqualTo(Money.of("8.15", "EUR"));
    }

    @Test
    void pro_rata_shares_add_up_to_the_cent_and_the_left_over_cent_goes_where_rounding_lost_most() {
        List<Money> shares = Money.of("100.00", "EUR").proRata(List.of(Money.of("100.00", "EUR"), Money.of("200.00", "EUR")));
        List<Money> thirds = Money.of("0.05", "EUR").proRata(List.of(Money.of("1.00", "EUR"), Money.of("1.00", "EUR"), Money.of("1.00", "EUR")));

        assertThat(shares).containsExactly(Money.of("33.33", "EUR"), Money.of("66.67", "EUR"));
        assertThat(thirds).containsExactly(Money.of("0.02", "EUR"), Money.of("0.02", "EUR"), Money.of("0.01", "EUR"));
        assertThat(Money.of("10.00", "EUR").proRata(List.of(Money.of("1.00", "EUR"), Money.of("2.00", "EUR"))))
                .containsExactly(Money.of("3.33", "EUR"), Money.of("6.67", "EUR"));
        assertThat(Money.of("10.00", "EUR").proRata(List.of(Money.of("2.00", "EUR"), Money.of("1.00", "EUR"))))
                .containsExactly(Money.of("6.67", "EUR"), Money.of("3.33", "EUR"));
    }
}
