package io.vorda.api;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque GraphQL ids: base64url of {@code Type:uuid}, so that an id names its type (for {@code node(id:)}) and
 * clients cannot build ids from database keys (GraphQL style rule 3).
 */
public record GlobalId(String type, UUID id) {

    public static String encode(String type, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any global id; INVALID_FORMAT on the named field when it is not one. */
    public static GlobalId decode(String value, String field) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("no type");
            }
            return new GlobalId(raw.substring(0, colon), UUID.fromString(raw.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not an id.".formatted(value), field);
        }
    }

    /** Decodes an id that must be of the given type; NOT_FOUND when it is of another type. */
    public static UUID decode(String value, String expectedType, String field) {
        GlobalId id = decode(value, field);
        if (!id.type().equals(expectedType)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "'%s' is not a %s id.".formatted(value, expectedType), field);
        }
        return id.id();
    }
}
