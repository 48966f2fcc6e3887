package io.vorda.party;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyChecksTest {

    @ParameterizedTest(name = "{0} {1} is printed {2}")
    @CsvSource({"NL, 1234ab, 1234 AB", "NL, 9999 zz, 9999 ZZ", "BE, 1000, 1000", "DE, 10115, 10115", "PL, 00-950, 00-950",
            "PL, 00950, 00-950", "FR, 75001, 75001"})
    void postcodes_are_normalised_per_country(String country, String typed, String printed) {
        assertThat(PartyChecks.printedPostcode(country, PartyChecks.postcodeKey(country, typed, "postcode"))).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({"NL, 0123 AB", "NL, 1234 SA", "NL, 12345", "BE, 0999", "BE, 12345", "DE, 1011", "PL, 00-95"})
    void wrong_postcodes_are_refused_on_the_field(String country, String typed) {
        assertThatThrownBy(() -> PartyChecks.postcodeKey(country, typed, "address.postcode"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
                    assertThat(e.field()).isEqualTo("address.postcode");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NL91 ABNA 0417 1643 00, NL91ABNA0417164300", "be68539007547034, BE68539007547034",
            "DE89 3704 0044 0532 0130 00, DE89370400440532013000", "PL61 1090 1014 0000 0712 1981 2874, PL61109010140000071219812874"})
    void ibans_from_money_rules_are_accepted_without_spaces(String typed, String stored) {
        assertThat(PartyChecks.iban(typed, "iban")).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NL00 ABNA 0417 1643 00", "NL91 ABNA 0417 1643", "XX12 3456", "BE68 5390 0754 7035"})
    void wrong_ibans_are_refused(String typed) {
        assertThatThrownBy(() -> PartyChecks.iban(typed, "iban"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("iban"));
    }

    @ParameterizedTest(name = "{0} {1} valid={2}")
    @CsvSource({
            // KBO: 4032196 = 97 * 41569 + 3, so the check is 97 - 3 = 94 -> 0403.219.694
            "KBO, 0403.219.694, true", "KBO, 0403.219.630, false",
            // NIP 5261040828: 6*5+5*2+7*6+2*1+3*0+4*4+5*0+6*8+7*2 = 30+10+42+2+0+16+0+48+14 = 162; 162 mod 11 = 8 -> last digit 8
            "NIP, 526-104-08-28, true", "NIP, 5261040827, false",
            "KVK, 12345678, true", "KVK, 1234567, false", "KRS, 0000012345, true", "HRB, HRB 12345 B, true", "HRB, 12345, false"})
    void registration_numbers_are_checked_per_register(RegistrationScheme scheme, String number, boolean valid) {
        if (valid) {
            assertThat(PartyChecks.registration(scheme, number, "organisation.registrationNumber")).isNotBlank();
        } else {
            assertThatThrownBy(() -> PartyChecks.registration(scheme, number, "organisation.registrationNumber"))
                    .isInstanceOf(DomainException.class);
        }
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({"06 12345678, NL, +31612345678", "+32 470 12 34 56, NL, +32470123456", "0470 12 34 56, BE, +32470123456",
            "030 1234567, DE, +49301234567", "601 234 567, PL, +48601234567"})
    void phones_become_e164_read_for_the_address_country(String typed, String region, String e164) {
        assertThat(PartyChecks.phone(typed, region, "phone")).isEqualTo(e164);
    }
}
