package io.vorda.portal;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.util.regex.Pattern;

/** GET /api/portal/v1/links/{token}: is this portal link usable? */
@Controller("/api/portal/v1/links")
@Secured(SecurityRule.IS_ANONYMOUS)
class PortalLinkController {

    // base64url of at least 128 random bits is 22 characters (ARCHITECTURE §4, "Portal security")
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{22,64}$");

    @Get("/{token}")
    Object check(@PathVariable String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "A portal link token has 22 to 64 letters, digits, '-' or '_'.", "token");
        }
        // No portal links are issued before the portal release, so no token can be valid yet.
        throw new DomainException(ErrorCode.PORTAL_LINK_INVALID, "This link is unknown, expired or replaced.");
    }
}
