package io.vorda.shared;

import org.jspecify.annotations.Nullable;

/**
 * A business rule was broken; nothing was changed. Carries a catalogued {@link ErrorCode}, a message for people
 * reading the raw API, and optionally the input field at fault (e.g. {@code "email"}).
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final @Nullable String field;

    public DomainException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public DomainException(ErrorCode code, String message, @Nullable String field) {
        super(message, null, false, false); // a rule, not a fault: no stack trace to collect
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }
}
