package io.vorda.party;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks and normalises what people type about parties: postcodes per country, IBANs, phone numbers, e-mail
 * addresses and registration numbers. Each failure names the input field.
 */
final class PartyChecks {

    // NL: 4 digits (first not 0) + 2 letters, never SA, SD or SS (PostNL); BE: 4 digits; DE: 5 digits; PL: 00-000
    private static final Map<String, Pattern> POSTCODES = Map.of(
            "NL", Pattern.compile("^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$"),
            "BE", Pattern.compile("^[1-9][0-9]{3}$"),
            "DE", Pattern.compile("^[0-9]{5}$"),
            "PL", Pattern.compile("^[0-9]{5}$"));
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern VAT = Pattern.compile("^[A-Z]{2}[0-9A-Z+*]{2,13}$");

    private PartyChecks() {
    }

    static String required(@Nullable String raw, int max, String field, String what) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, what + " is required.", field);
        }
        if (value.length() > max) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "%s has at most %d characters.".formatted(what, max), field);
        }
        return value;
    }

    static @Nullable String optional(@Nullable String raw, int max, String field, String what) {
        return raw == null || raw.isBlank() ? null : required(raw, max, field, what);
    }

    static String country(@Nullable String raw, String field) {
        String country = required(raw, 2, field, "Country").toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Country is a two-letter ISO code such as NL.", field);
        }
        return country;
    }

    /** The postcode key: upper case without spaces or dashes; checked for NL, BE, DE and PL. */
    static String postcodeKey(String country, @Nullable String raw, String field) {
        String key = required(raw, 12, field, "Postcode").toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        Pattern pattern = POSTCODES.get(country);
        if (pattern != null && !pattern.matcher(key).matches()) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "'%s' is not a %s postcode.".formatted(raw.strip(), country), field);
        }
        return key;
    }

    /** The postcode as it is printed in its country: NL "1234 AB", PL "00-950". */
    static String printedPostcode(String country, String key) {
        return switch (country) {
            case "NL" -> key.substring(0, 4) + " " + key.substring(4);
            case "PL" -> key.substring(0, 2) + "-" + key.substring(2);
            default -> key;
        };
    }

    /** An IBAN without spaces, validated against the SWIFT registry (length per country, mod-97 check). */
    static String iban(@Nullable String raw, String field) {
        String iban = required(raw, 42, field, "IBAN").replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(iban);
            return iban;
        } catch (InvalidCheckDigitException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' has a wrong check digit; is it typed correctly?".formatted(raw.strip()), field);
        } catch (IbanFormatException | UnsupportedCountryException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not an IBAN.".formatted(raw.strip()), field);
        }
    }

    /** E.164 (+31612345678); numbers without a country code are read for the given region. */
    static String phone(@Nullable String raw, String region, String field) {
        String text = required(raw, 40, field, "Phone number");
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            var number = util.parse(text, region);
            if (!util.isValidNumber(number)) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a valid phone number.".formatted(text), field);
            }
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a phone number.".formatted(text), field);
        }
    }

    /** A phone number for searching: E.164 when it parses, else null (no match rather than an error). */
    static @Nullable String phoneOrNull(String raw) {
        try {
            return phone(raw, "NL", "phone");
        } catch (DomainException e) {
            return null; // a search term that is no phone number simply matches no phone
        }
    }

    static String email(@Nullable String raw, String field) {
        String email = required(raw, 254, field, "E-mail address");
        if (!EMAIL.matcher(email).matches()) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not an e-mail address.".formatted(email), field);
        }
        return email;
    }

    static @Nullable String vat(@Nullable String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String vat = raw.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        if (!VAT.matcher(vat).matches()) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a VAT number (country prefix + number).".formatted(raw.strip()), field);
        }
        return vat;
    }

    /** A registration number, normalised and checked per register. */
    static @Nullable String registration(@Nullable RegistrationScheme scheme, @Nullable String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (scheme == null) {
            throw new DomainException(ErrorCode.REQUIRED, "Say which register the number belongs to.", "registrationScheme");
        }
        String digits = raw.replaceAll("[\\s.-]", "");
        boolean valid = switch (scheme) {
            case KVK -> digits.matches("^[0-9]{8}$");
            case KBO -> digits.matches("^[01][0-9]{9}$") && kboCheck(digits);
            case KRS -> digits.matches("^[0-9]{10}$");
            case NIP -> digits.matches("^[0-9]{10}$") && nipCheck(digits);
            case HRB -> raw.strip().toUpperCase(Locale.ROOT).matches("^(HRA|HRB|GNR|PR|VR) ?[0-9]{1,7}( ?[A-Z]{1,3})?$");
            case OTHER -> raw.strip().length() <= 50;
        };
        if (!valid) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a valid %s number.".formatted(raw.strip(), scheme), field);
        }
        return scheme == RegistrationScheme.HRB || scheme == RegistrationScheme.OTHER ? raw.strip().toUpperCase(Locale.ROOT) : digits;
    }

    /** KBO/BCE: the last two digits are 97 − (first eight mod 97). */
    private static boolean kboCheck(String digits) {
        long first = Long.parseLong(digits.substring(0, 8));
        return 97 - first % 97 == Long.parseLong(digits.substring(8));
    }

    /** NIP: weights 6,5,7,2,3,4,5,6,7 over the first nine digits; the sum mod 11 is the tenth digit (never 10). */
    private static boolean nipCheck(String digits) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int check = sum % 11;
        return check != 10 && check == digits.charAt(9) - '0';
    }

    static void period(LocalDate from, @Nullable LocalDate until, String field) {
        if (until != null && until.isBefore(from)) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "The period ends before it starts.", field);
        }
    }
}
