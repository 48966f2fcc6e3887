package io.vorda.cases;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseReferenceTest {

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @CsvSource({
            "2026, 123, 2026-000123",
            "2026, 1, 2026-000001",
            "2025, 999999, 2025-999999",
            // past 999999 the sequence takes a seventh digit instead of wrapping or truncating
            "2026, 1000000, 2026-1000000",
            "2031, 12345678901, 2031-12345678901",
    })
    void a_case_reference_is_the_year_a_hyphen_and_the_sequence_padded_to_at_least_six_digits(
            int year, long sequence, String written) {
        CaseReference reference = CaseReference.of(year, sequence);

        assertThat(reference).hasToString(written);
        assertThat(CaseReference.parse(written)).isEqualTo(reference);
    }

    @ParameterizedTest(name = "\"{0}\" is year {1}, sequence {2}")
    @CsvSource({"2026-000123, 2026, 123", "' 2026-000123 ', 2026, 123", "2026-1000000, 2026, 1000000"})
    void a_written_case_reference_is_read_back_to_its_year_and_sequence(String text, int year, long sequence) {
        CaseReference reference = CaseReference.parse(text);

        assertThat(reference.year()).isEqualTo(year);
        assertThat(reference.sequence()).isEqualTo(sequence);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "", "2026", "2026-", "2026-123",  // fewer than six sequence digits
            "2026-0000123",                   // a second spelling of 2026-000123
            "26-000123", "20260-000123",      // the year has four digits
            "2026/000123", "2026 000123", "2026–000123", // only a hyphen separates (not a slash, space or en dash)
            "2026-000000",                    // sequences count from 1
            "2026-00012a",
            "2026-99999999999999999999",      // beyond any sequence Vorda can issue
    })
    void text_that_does_not_fit_year_hyphen_sequence_is_refused(String text) {
        assertRefused(() -> CaseReference.parse(text));
    }

    @ParameterizedTest(name = "{0}, {1} is refused")
    @CsvSource({"2026, 0", "2026, -5", "999, 1", "10000, 1"})
    void a_case_reference_needs_a_four_digit_year_and_a_sequence_from_1(int year, long sequence) {
        assertRefused(() -> CaseReference.of(year, sequence));
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
            assertThat(e.field()).isEqualTo("caseReference");
        });
    }
}
