package io.vorda.access;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password policy, after NIST SP 800-63B §5.1.1.2: length matters, composition rules do not. A password has
 * 12 to 128 characters, is not a commonly used password, is not one character repeated, and does not contain the
 * user's e-mail name.
 */
@Singleton
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("access/common-passwords.txt is missing from the classpath");
            }
            common = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws PASSWORD_TOO_WEAK, naming the field, unless the password meets the policy. */
    void check(String password, String email, String field) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw weak("must have at least %d characters".formatted(MIN_LENGTH), field);
        }
        if (length > MAX_LENGTH) {
            throw weak("must have at most %d characters".formatted(MAX_LENGTH), field);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2) {
            throw weak("must not repeat the same one or two characters", field);
        }
        if (common.contains(lower)) {
            throw weak("is a commonly used password", field);
        }
        String emailName = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
        if (emailName.length() >= 4 && lower.contains(emailName)) {
            throw weak("must not contain your e-mail name", field);
        }
    }

    private static DomainException weak(String why, String field) {
        return new DomainException(ErrorCode.PASSWORD_TOO_WEAK, "The password " + why + ".", field);
    }
}
