package io.vorda.testing;

import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers for test parties that nobody else in the run has, so duplicate checks only fire when a test wants them. */
public final class PartyFixtures {

    private PartyFixtures() {
    }

    /** A valid Dutch IBAN: NLkk ABNA 0 + nine random digits, check digits per ISO 13616 (98 − mod 97). */
    public static String uniqueIban() {
        String bban = "ABNA0" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL%02d%s".formatted(check, bban);
    }

    /** A valid Dutch mobile number: 06 12 + six random digits. */
    public static String uniqueMobile() {
        return "06 12 %06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
