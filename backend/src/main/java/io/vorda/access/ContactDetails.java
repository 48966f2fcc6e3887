package io.vorda.access;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/** Checks and normalises what people type as names, e-mail addresses and phone numbers. */
final class ContactDetails {

    // RFC 5321 limits: 64 for the local part, 254 in all. The shape check is deliberately simple (one @, a dot
    // in the domain, no spaces): the only real proof of an address is mail that arrives.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final String DEFAULT_REGION = "NL";

    private ContactDetails() {
    }

    static String name(@Nullable String raw, String field) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "Name is required.", field);
        }
        if (name.length() > 200) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Name must have at most 200 characters.", field);
        }
        return name;
    }

    static String email(@Nullable String raw, String field) {
        String email = raw == null ? "" : raw.strip();
        if (email.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "E-mail address is required.", field);
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not an e-mail address.".formatted(email), field);
        }
        return email;
    }

    /** E.164, e.g. +31612345678; numbers without a country code are read as Dutch. Empty means no phone. */
    static @Nullable String phone(@Nullable String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            var number = util.parse(raw.strip(), DEFAULT_REGION);
            if (!util.isValidNumber(number)) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a valid phone number.".formatted(raw), field);
            }
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a phone number.".formatted(raw), field);
        }
    }
}
