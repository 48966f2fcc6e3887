package io.vorda.cases;

import io.vorda.cases.PaymentReference.Scheme;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Example tables from money-rules.md §2.5, §5.1, §5.4 and the sources they cite. Every expected value was worked
 * out by hand from the rule (the arithmetic is in the comments), never read back from the code under test.
 */
class PaymentReferenceTest {

    // --- RF creditor reference (ISO 11649, money-rules.md §5.1 and example 15) ---
    // Letters become two digits: A=10 B=11 … F=15 G=16 I=18 N=23 R=27 V=31 X=33.

    @ParameterizedTest(name = "base {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # base          | value             | printed
            # AB2G59X56V543RF00 → 101121659335631543271500, mod 97 = 79, 98 − 79 = 19 (Swiss QR-bill library pair)
            AB2G59X56V543   | RF19AB2G59X56V543 | RF19 AB2G 59X5 6V54 3
            # letters are upper-cased first, so the same reference results
            ab2g59x56v543   | RF19AB2G59X56V543 | RF19 AB2G 59X5 6V54 3
            # INV2025001RF00 → 1823312025001271500, mod 97 = 54, 98 − 54 = 44 (money-rules.md example 15)
            INV2025001      | RF44INV2025001    | RF44 INV2 0250 01
            # 539007547034RF00 → 539007547034271500, mod 97 = 80, 98 − 80 = 18 (python-stdnum's RF18 5390 0754 7034)
            539007547034    | RF18539007547034  | RF18 5390 0754 7034
            # 72RF00 → 72271500 = 97 × 745067 + 1, 98 − 1 = 97
            72              | RF9772            | RF97 72
            """)
    void an_rf_reference_is_rf_then_98_minus_the_remainder_of_base_rf00_then_the_base(String base, String value, String printed) {
        PaymentReference reference = PaymentReference.generate(Scheme.RF, base);

        assertThat(reference.scheme()).isEqualTo(Scheme.RF);
        assertThat(reference.value()).isEqualTo(value);
        assertThat(reference.printed()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} is valid")
    @CsvSource(delimiter = '|', textBlock = """
            # text                    | value
            # 539007547034RF18 → 539007547034271518, mod 97 = 1
            RF18 5390 0754 7034       | RF18539007547034
            rf18 5390 0754 7034       | RF18539007547034
            # AB2G59X56V543RF19 → 101121659335631543271519, mod 97 = 1
            RF19AB2G59X56V543         | RF19AB2G59X56V543
            # INV2025001RF44 → 1823312025001271544, mod 97 = 1
            RF44 INV2 0250 01         | RF44INV2025001
            """)
    void an_rf_reference_is_valid_when_the_rearranged_number_leaves_1_mod_97(String text, String value) {
        PaymentReference reference = PaymentReference.parse(text);

        assertThat(reference.scheme()).isEqualTo(Scheme.RF);
        assertThat(reference.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "RF18 5390 0754 7035", // last digit changed: 539007547035271518 mod 97 = 28
            "RF18 5390 0754 7043", // last two digits swapped: 539007547043271518 mod 97 = 50
            "RF17 5390 0754 7034", // check digits changed (money-rules.md example 15): mod 97 = 0
            "RF19AB2G59X56V553",   // one letter-digit changed: 101121659335631553271519 mod 97 = 77
            "RF44 INV2 0250 11",   // 1823312025011271544 mod 97 = 77
            "RF0072",              // 72271500 mod 97 = 1, but check digits are 98 − r, never 00 (RF9772 is right)
            "RF", "RF1", "RF18",   // no reference characters after the check digits
            "RFAB12345",           // check digits must be digits
            "RF18 1234 5678 9012 3456 7890 12", // 22 characters after the check digits; at most 21
            "RF18-5390-0754-7034", // a hyphen is neither a letter nor a digit nor ignored decoration
    })
    void an_rf_reference_with_wrong_check_digits_or_form_is_refused(String text) {
        assertRefused(() -> PaymentReference.parse(text), "paymentReference");
    }

    @ParameterizedTest(name = "base \"{0}\" is refused")
    @ValueSource(strings = {"", "INV-2025", "1234567890123456789012"})
    void an_rf_reference_is_made_only_from_1_to_21_letters_or_digits(String base) {
        assertRefused(() -> PaymentReference.generate(Scheme.RF, base), "paymentReference");
    }

    // --- Belgian OGM/VCS (money-rules.md §2.5 and example 16) ---

    @ParameterizedTest(name = "base {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # base       | value        | printed
            # 123456789 = 97 × 1272750 + 39
            0123456789   | 012345678939 | +++012/3456/78939+++
            # 1234567890 = 97 × 12727504 + 2, padded to 02
            1234567890   | 123456789002 | +++123/4567/89002+++
            # 97 = 97 × 1 + 0: a zero remainder gives 97
            0000000097   | 000000009797 | +++000/0000/09797+++
            97           | 000000009797 | +++000/0000/09797+++
            # 0 = 97 × 0 + 0 → 97
            0            | 000000000097 | +++000/0000/00097+++
            # 123 = 97 × 1 + 26
            123          | 000000012326 | +++000/0000/12326+++
            # 2026000123 = 97 × 20886599 + 20
            2026000123   | 202600012320 | +++202/6000/12320+++
            """)
    void ogm_check_digits_are_the_ten_digits_mod_97_and_97_when_that_is_0(String base, String value, String printed) {
        PaymentReference reference = PaymentReference.generate(Scheme.BE_OGM, base);

        assertThat(reference.scheme()).isEqualTo(Scheme.BE_OGM);
        assertThat(reference.value()).isEqualTo(value);
        assertThat(reference.printed()).isEqualTo(printed);
    }

    // 909337554 = 97 × 9374613 + 93, so 0909337554 takes check digits 93 (python-stdnum's example).
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+++090/9337/55493+++", "***090/9337/55493***", " +++ 090 / 9337 / 55493 +++ ",
            "090 9337 55493", "090933755493"})
    void ogm_is_read_whatever_markers_slashes_and_spaces_surround_it(String text) {
        PaymentReference reference = PaymentReference.parse(text);

        assertThat(reference.scheme()).isEqualTo(Scheme.BE_OGM);
        assertThat(reference.value()).isEqualTo("090933755493");
        assertThat(reference.printed()).isEqualTo("+++090/9337/55493+++");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "+++012/3456/78938+++", // 0123456789 needs 39
            "+++090/9337/55494+++", // 0909337554 needs 93
            "+++000/0000/09700+++", // remainder 0 is written 97, never 00
            "+++123/4567/89012+++", // the layout sample of §2.5 is not a valid OGM: 1234567890 needs 02
    })
    void an_ogm_with_wrong_check_digits_is_refused(String text) {
        assertRefused(() -> PaymentReference.parse(text), "paymentReference");
    }

    @ParameterizedTest(name = "base \"{0}\" is refused")
    @ValueSource(strings = {"", "12345678901", "12A"})
    void an_ogm_is_made_only_from_1_to_10_digits(String base) {
        assertRefused(() -> PaymentReference.generate(Scheme.BE_OGM, base), "paymentReference");
    }

    // --- Dutch betalingskenmerk (money-rules.md §5.4) ---
    // A = Σ digit × weight over the digits after C, weights 2 4 8 5 10 9 7 3 6 1 2 4 8 5 10 from the rightmost digit;
    // C = 11 − (A mod 11), 10 → 1, 11 → 0.

    @ParameterizedTest(name = "base {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # base            | value            | printed
            # 000000000000001: A = 1×2 = 2; 2 mod 11 = 2; C = 11 − 2 = 9
            1                 | 9000000000000001 | 9000 0000 0000 0001
            # 123456789012345, from the right: 5×2 + 4×4 + 3×8 + 2×5 + 1×10 + 0×9 + 9×7 + 8×3 + 7×6 + 6×1
            #   + 5×2 + 4×4 + 3×8 + 2×5 + 1×10 = 10+16+24+10+10+0+63+24+42+6+10+16+24+10+10 = 275 = 11 × 25;
            #   275 mod 11 = 0; C = 11 → 0
            123456789012345   | 0123456789012345 | 0123 4567 8901 2345
            # 000000000000006: A = 6×2 = 12; 12 mod 11 = 1; C = 10 → 1
            6                 | 1000000000000006 | 1000 0000 0000 0006
            # 000002026000123, from the right: 3×2 + 2×4 + 1×8 + 0×5 + 0×10 + 0×9 + 6×7 + 2×3 + 0×6 + 2×1
            #   = 6+8+8+0+0+0+42+6+0+2 = 72; 72 mod 11 = 6; C = 5
            2026000123        | 5000002026000123 | 5000 0020 2600 0123
            # the Betaalvereniging's own example (5)000 0567 8901 2345: 5×2 + 4×4 + 3×8 + 2×5 + 1×10 + 0×9 + 9×7
            #   + 8×3 + 7×6 + 6×1 + 5×2 = 10+16+24+10+10+0+63+24+42+6+10 = 215; 215 mod 11 = 6; C = 5
            56789012345       | 5000056789012345 | 5000 0567 8901 2345
            """)
    void a_betalingskenmerk_is_the_base_padded_to_15_digits_with_the_modulus_11_check_digit_in_front(
            String base, String value, String printed) {
        PaymentReference reference = PaymentReference.generate(Scheme.NL_BETALINGSKENMERK, base);

        assertThat(reference.scheme()).isEqualTo(Scheme.NL_BETALINGSKENMERK);
        assertThat(reference.value()).isEqualTo(value);
        assertThat(reference.printed()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                | value            | printed
            5000 0567 8901 2345   | 5000056789012345 | 5000 0567 8901 2345
            0123456789012345      | 0123456789012345 | 0123 4567 8901 2345
            # 14 digits, the Betaalvereniging's example: C=1, L=2 (12 digits follow). Over 2234534622567 from the
            #   right: 7×2 + 6×4 + 5×8 + 2×5 + 2×10 + 6×9 + 4×7 + 3×3 + 5×6 + 4×1 + 3×2 + 2×4 + 2×8
            #   = 14+24+40+10+20+54+28+9+30+4+6+8+16 = 263; 263 mod 11 = 10; C = 1
            12 2345 3462 2567     | 12234534622567   | 12 2345 3462 2567
            # 9 digits: C=2, L=7. Over 71234567 from the right: 7×2 + 6×4 + 5×8 + 4×5 + 3×10 + 2×9 + 1×7 + 7×3
            #   = 14+24+40+20+30+18+7+21 = 174; 174 mod 11 = 9; C = 2
            271234567             | 271234567        | 2 7123 4567
            # 7 digits carry no check digit and no length code, so any 7 digits are accepted
            1234567               | 1234567          | 123 4567
            """)
    void a_betalingskenmerk_of_7_9_to_14_or_16_digits_is_read(String text, String value, String printed) {
        PaymentReference reference = PaymentReference.parse(text);

        assertThat(reference.scheme()).isEqualTo(Scheme.NL_BETALINGSKENMERK);
        assertThat(reference.value()).isEqualTo(value);
        assertThat(reference.printed()).isEqualTo(printed);
    }

    @Test
    void a_12_digit_betalingskenmerk_with_length_code_0_is_read_when_the_scheme_is_known() {
        // 701234567890: C=7, L=0 (10 digits follow). Over 01234567890 from the right: 0×2 + 9×4 + 8×8 + 7×5 + 6×10
        //   + 5×9 + 4×7 + 3×3 + 2×6 + 1×1 + 0×2 = 0+36+64+35+60+45+28+9+12+1+0 = 290; 290 mod 11 = 4; C = 7
        PaymentReference reference = PaymentReference.parse("7012 3456 7890", Scheme.NL_BETALINGSKENMERK);

        assertThat(reference.value()).isEqualTo("701234567890");
        assertThat(reference.printed()).isEqualTo("7012 3456 7890");
        // By form alone 12 digits are an OGM, and as an OGM this fails: 7012345678 = 97 × 72292223 + 47, not 90.
        assertRefused(() -> PaymentReference.parse("701234567890"), "paymentReference");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "12345678",          // 8 digits: not an allowed length
            "123456789012345",   // 15 digits: not an allowed length
            "12345678901234567", // 17 digits: too long
            "9123456789012345",  // 123456789012345 needs check digit 0 (A = 275, see above)
            "6000002026000123",  // 000002026000123 needs check digit 5 (A = 72, see above)
            "22 2345 3462 2567", // the Betaalvereniging's example (L=2 kept) needs check digit 1, not 2
            "281234567",         // 9 digits need length code 7, not 8
    })
    void a_betalingskenmerk_of_a_forbidden_length_or_with_a_wrong_check_digit_or_length_code_is_refused(String text) {
        assertRefused(() -> PaymentReference.parse(text), "paymentReference");
    }

    @ParameterizedTest(name = "base \"{0}\" is refused")
    @ValueSource(strings = {"", "1234567890123456", "12a"})
    void a_betalingskenmerk_is_made_only_from_1_to_15_digits(String base) {
        assertRefused(() -> PaymentReference.generate(Scheme.NL_BETALINGSKENMERK, base), "paymentReference");
    }

    // --- all schemes ---

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"RF, 2026000123", "RF, AB2G59X56V543", "RF, 1", "BE_OGM, 2026000123", "BE_OGM, 97",
            "NL_BETALINGSKENMERK, 2026000123", "NL_BETALINGSKENMERK, 123456789012345"})
    void a_generated_reference_reads_back_from_its_printed_and_its_machine_form(Scheme scheme, String base) {
        PaymentReference generated = PaymentReference.generate(scheme, base);

        assertThat(PaymentReference.parse(generated.printed())).isEqualTo(generated);
        assertThat(PaymentReference.parse(generated.value())).isEqualTo(generated);
        assertThat(PaymentReference.parse(generated.printed(), scheme)).isEqualTo(generated);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "+++", "ABC123", "2026-000123", "123456"})
    void text_that_is_no_payment_reference_is_refused(String text) {
        assertRefused(() -> PaymentReference.parse(text), "paymentReference");
    }

    @Test
    void a_reference_read_for_a_known_scheme_must_be_of_that_scheme() {
        assertRefused(() -> PaymentReference.parse("RF18 5390 0754 7034", Scheme.BE_OGM), "paymentReference");
        assertRefused(() -> PaymentReference.parse("+++090/9337/55493+++", Scheme.RF), "paymentReference");
    }

    @Test
    void the_value_is_only_ever_the_machine_form() {
        assertRefused(() -> new PaymentReference(Scheme.BE_OGM, "+++090/9337/55493+++"), "paymentReference");
        assertRefused(() -> new PaymentReference(Scheme.RF, "rf18539007547034"), "paymentReference");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"NL, NL_BETALINGSKENMERK", "BE, BE_OGM", "DE, RF", "PL, RF", "nl, NL_BETALINGSKENMERK"})
    void each_jurisdiction_prints_its_own_reference_scheme_and_germany_and_poland_the_sepa_wide_rf(
            String jurisdiction, Scheme scheme) {
        assertThat(PaymentReference.schemeFor(jurisdiction)).isEqualTo(scheme);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"FR", "FI", "NLD", ""})
    void a_jurisdiction_vorda_does_not_serve_has_no_reference_scheme(String jurisdiction) {
        assertRefused(() -> PaymentReference.schemeFor(jurisdiction), "jurisdiction");
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
