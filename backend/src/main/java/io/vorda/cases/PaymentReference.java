package io.vorda.cases;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The structured reference a debtor copies into a bank transfer, so that the payment can be matched to its case on
 * the bank statement. A reference always carries valid check digits for its {@link Scheme}: it can only be made by
 * {@link #generate generating} it from the case's own number or by {@link #parse parsing} text that passes the
 * scheme's check. {@link #value()} is the machine form (no spaces, no markers) that goes into pain.001 and is
 * compared with camt.053/054 remittance information; {@link #printed()} is how letters show it.
 *
 * <p>The rules are those of money-rules.md §2.5 (OGM/VCS), §5.1 (ISO 11649) and §5.4 (betalingskenmerk).
 */
public record PaymentReference(Scheme scheme, String value) {

    private static final String FIELD = "paymentReference";
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** What people and banks put around or between the characters: grouping spaces, OGM markers, OGM slashes. */
    private static final Pattern DECORATION = Pattern.compile("[\\s\\u00A0+*/]");

    /** The kinds of structured reference Vorda prints and matches. */
    public enum Scheme {
        /**
         * ISO 11649 creditor reference, usable in any SEPA country: {@code RF}, two check digits (ISO 7064
         * MOD 97-10) and 1 to 21 letters or digits. Printed in groups of four, e.g. {@code RF18 5390 0754 7034}.
         */
        RF,
        /**
         * Belgian structured communication (OGM/VCS): ten free digits and two check digits (the ten digits mod 97,
         * 97 when that is 0). Printed {@code +++123/4567/89012+++}.
         */
        BE_OGM,
        /**
         * Dutch payment reference (betalingskenmerk, the former acceptgiro reference): a weighted modulus 11 check
         * digit first. Vorda generates the 16-digit form; parsing also accepts the 7-digit form (no check) and the
         * 9 to 14-digit forms with a length code in second position. Printed in groups of four.
         */
        NL_BETALINGSKENMERK
    }

    public PaymentReference {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        switch (scheme) {
            case RF -> checkRf(value);
            case BE_OGM -> checkOgm(value);
            case NL_BETALINGSKENMERK -> checkBetalingskenmerk(value);
        }
    }

    /**
     * The reference scheme for creditors in a jurisdiction (ISO 3166-1 alpha-2 country code). The Netherlands and
     * Belgium have a national structured reference that debtors' banking apps know, so those are used. Germany and
     * Poland have no national structured reference (German and Polish transfers carry free text), so they get the
     * ISO 11649 RF reference, the SEPA-wide structured reference that their banks accept and pass on in camt.
     * Jurisdictions Vorda does not serve are refused rather than guessed: several have a national scheme of their
     * own (Finland, Switzerland, Norway).
     */
    public static Scheme schemeFor(String jurisdiction) {
        return switch (jurisdiction.strip().toUpperCase(Locale.ROOT)) {
            case "NL" -> Scheme.NL_BETALINGSKENMERK;
            case "BE" -> Scheme.BE_OGM;
            case "DE", "PL" -> Scheme.RF;
            default -> throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "No payment reference scheme for jurisdiction '%s'; Vorda serves NL, BE, DE and PL"
                            .formatted(jurisdiction), "jurisdiction");
        };
    }

    /**
     * Makes the reference for a case from its own number ({@code base}) by adding the scheme's check digits.
     * RF: {@code RF} + check digits + base (1 to 21 letters or digits, upper-cased). OGM: base of 1 to 10 digits,
     * left-padded with zeros to 10, + 2 check digits. Betalingskenmerk: base of 1 to 15 digits, left-padded with
     * zeros to 15, with the check digit in front (the 16-digit form).
     */
    public static PaymentReference generate(Scheme scheme, String base) {
        Objects.requireNonNull(scheme, "scheme");
        String b = base.strip().toUpperCase(Locale.ROOT);
        return switch (scheme) {
            case RF -> {
                if (b.isEmpty() || b.length() > 21 || !ALPHANUMERIC.matcher(b).matches()) {
                    throw invalid("An RF creditor reference is made from 1 to 21 letters or digits, not '%s'".formatted(base));
                }
                yield new PaymentReference(scheme, "RF" + rfCheckDigits(b) + b);
            }
            case BE_OGM -> {
                if (b.isEmpty() || b.length() > 10 || !DIGITS.matcher(b).matches()) {
                    throw invalid("A Belgian structured communication is made from 1 to 10 digits, not '%s'".formatted(base));
                }
                String ten = "0".repeat(10 - b.length()) + b;
                yield new PaymentReference(scheme, ten + "%02d".formatted(ogmCheck(ten)));
            }
            case NL_BETALINGSKENMERK -> {
                if (b.isEmpty() || b.length() > 15 || !DIGITS.matcher(b).matches()) {
                    throw invalid("A Dutch payment reference is made from 1 to 15 digits, not '%s'".formatted(base));
                }
                String fifteen = "0".repeat(15 - b.length()) + b;
                yield new PaymentReference(scheme, betalingskenmerkCheck(fifteen) + fifteen);
            }
        };
    }

    /**
     * Reads a reference as a debtor typed it or a bank reported it, recognising the scheme from its form: spaces,
     * {@code +}, {@code *} and {@code /} are ignored; text starting with {@code RF} is an RF reference; 12 digits are
     * a Belgian OGM; 7 or 9 to 16 other digits are a Dutch betalingskenmerk. Throws INVALID_FORMAT on field
     * {@code paymentReference} when the form is none of these or the check digits are wrong.
     *
     * <p>Twelve digits are also a valid length for a betalingskenmerk (length code 0); read by form alone they are
     * taken as OGM. Where the scheme is known, e.g. from the jurisdiction of the case, use
     * {@link #parse(String, Scheme)}.
     */
    public static PaymentReference parse(String text) {
        String compact = compact(text);
        return new PaymentReference(recognise(compact), compact);
    }

    /** Reads a reference that must belong to the given scheme; otherwise as {@link #parse(String)}. */
    public static PaymentReference parse(String text, Scheme scheme) {
        return new PaymentReference(scheme, compact(text));
    }

    /** The form for letters, portal pages and QR codes: RF and betalingskenmerk in groups of four, OGM with +++ markers. */
    public String printed() {
        return switch (scheme) {
            // ISO 11649: groups of four from the left, the last group may be shorter (RF44 INV2 0250 01).
            case RF -> groupsOfFour(value, true);
            case BE_OGM -> "+++%s/%s/%s+++".formatted(value.substring(0, 3), value.substring(3, 7), value.substring(7));
            // The Betaalvereniging's example groups from the right: 12 2345 3462 2567.
            case NL_BETALINGSKENMERK -> groupsOfFour(value, false);
        };
    }

    private static String compact(String text) {
        return DECORATION.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static Scheme recognise(String compact) {
        if (compact.startsWith("RF")) {
            return Scheme.RF;
        }
        if (DIGITS.matcher(compact).matches()) {
            int length = compact.length();
            if (length == 12) {
                return Scheme.BE_OGM;
            }
            if (length == 7 || (length >= 9 && length <= 16)) {
                return Scheme.NL_BETALINGSKENMERK;
            }
        }
        throw invalid(("'%s' is not a payment reference: expected an RF creditor reference, a Belgian structured"
                + " communication (12 digits) or a Dutch payment reference (7 or 9 to 16 digits)").formatted(compact));
    }

    // --- RF, money-rules.md §5.1 ---

    private static void checkRf(String value) {
        if (value.length() < 5 || value.length() > 25 || !value.startsWith("RF")
                || !ALPHANUMERIC.matcher(value).matches() || !DIGITS.matcher(value.substring(2, 4)).matches()) {
            throw invalid("'%s' is not an RF creditor reference: RF, two check digits and 1 to 21 letters or digits"
                    .formatted(value));
        }
        int checkDigits = Integer.parseInt(value.substring(2, 4));
        // ISO 7064 MOD 97-10 check digits are 98 - remainder, so 02 to 98; 00, 01 and 99 can satisfy "mod 97 = 1"
        // yet are never issued (the same rule as for IBAN).
        if (checkDigits < 2 || checkDigits > 98 || mod97(value.substring(4) + value.substring(0, 4)) != 1) {
            throw invalid("RF creditor reference '%s' has wrong check digits".formatted(value));
        }
    }

    private static String rfCheckDigits(String base) {
        return "%02d".formatted(98 - mod97(base + "RF00"));
    }

    /** The remainder mod 97 of the number formed by replacing each letter with two digits (A=10 … Z=35). */
    private static int mod97(String alphanumeric) {
        int remainder = 0; // digit by digit, so no BigInteger is needed: remainder * 100 + 35 stays far below int range
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            remainder = c <= '9' ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }

    // --- Belgian OGM/VCS, money-rules.md §2.5 ---

    private static void checkOgm(String value) {
        if (value.length() != 12 || !DIGITS.matcher(value).matches()) {
            throw invalid("'%s' is not a Belgian structured communication: it has 12 digits".formatted(value));
        }
        if (Integer.parseInt(value.substring(10)) != ogmCheck(value.substring(0, 10))) {
            throw invalid("Belgian structured communication '%s' has wrong check digits".formatted(value));
        }
    }

    /** The first ten digits mod 97, and 97 when that remainder is 0. */
    private static int ogmCheck(String tenDigits) {
        int remainder = mod97(tenDigits);
        return remainder == 0 ? 97 : remainder;
    }

    // --- Dutch betalingskenmerk, money-rules.md §5.4 ---

    /** Weights from the rightmost digit leftwards, repeating after ten digits (the powers of 2 mod 11). */
    private static final int[] BETALINGSKENMERK_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3, 6, 1};

    private static void checkBetalingskenmerk(String value) {
        int length = value.length();
        if (!DIGITS.matcher(value).matches() || length < 7 || length == 8 || length == 15 || length > 16) {
            throw invalid(("'%s' is not a Dutch payment reference: it has 7 or 9 to 16 digits"
                    + " (8 and 15 are not allowed)").formatted(value));
        }
        if (length == 7) {
            return; // the 7-digit form carries no check information at all
        }
        if (length <= 14) {
            // L counts the digits after it, modulo 10: 7 for 9 digits … 9 for 11, 0 for 12 … 2 for 14.
            int lengthCode = (length - 2) % 10;
            if (value.charAt(1) - '0' != lengthCode) {
                throw invalid("Dutch payment reference '%s' has %d digits, so its second digit (the length code) must be %d"
                        .formatted(value, length, lengthCode));
            }
        }
        if (value.charAt(0) - '0' != betalingskenmerkCheck(value.substring(1))) {
            throw invalid("Dutch payment reference '%s' has a wrong check digit".formatted(value));
        }
    }

    /** C = 11 − (A mod 11) over the digits after C (length code included); 10 becomes 1 and 11 becomes 0. */
    private static int betalingskenmerkCheck(String digitsAfterCheck) {
        int sum = 0;
        for (int i = 0; i < digitsAfterCheck.length(); i++) {
            int digit = digitsAfterCheck.charAt(digitsAfterCheck.length() - 1 - i) - '0';
            sum += digit * BETALINGSKENMERK_WEIGHTS[i % BETALINGSKENMERK_WEIGHTS.length];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 1;
            case 11 -> 0;
            default -> check;
        };
    }

    private static String groupsOfFour(String text, boolean fromLeft) {
        StringBuilder printed = new StringBuilder(text.length() + text.length() / 4);
        int firstGroup = fromLeft || text.length() % 4 == 0 ? 4 : text.length() % 4;
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && (i - firstGroup) % 4 == 0) {
                printed.append(' ');
            }
            printed.append(text.charAt(i));
        }
        return printed.toString();
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.INVALID_FORMAT, message, FIELD);
    }
}
