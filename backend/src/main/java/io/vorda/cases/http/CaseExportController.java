package io.vorda.cases.http;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.Sessions;
import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.access.Users;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseExportLine;
import io.vorda.cases.CaseExports;
import io.vorda.cases.CaseFilter;
import io.vorda.cases.CaseOrder;
import io.vorda.cases.CaseSort;
import io.vorda.cases.CaseStatus;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import io.vorda.party.PartyId;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * GET /api/staff/v1/cases/export (api-spec/openapi/staff.v1.yaml): the case list as a CSV download, with the same
 * filters, sort and visibility as Query.cases, for signed-in staff with the same bearer token as /graphql. The first
 * chunk is read before the response starts, so a bad filter or an export that is too large is a problem+json error;
 * after that the file is streamed chunk by chunk.
 */
@Controller("/api/staff/v1/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseExportController {

    static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");

    private final CaseExports exports;
    private final Sessions sessions;
    private final Users users;
    private final Clock clock;

    CaseExportController(CaseExports exports, Sessions sessions, Users users, Clock clock) {
        this.exports = exports;
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
    }

    @Get(uri = "/export", produces = "text/csv")
    HttpResponse<StreamedFile> export(HttpRequest<?> request, Authentication authentication) {
        Caller caller = Caller.fromClaims(authentication.getName(), authentication.getRoles(), authentication.getAttributes());
        if (caller.kind() != Caller.Kind.STAFF) {
            throw new DomainException(ErrorCode.PERMISSION_DENIED, "The staff API is for signed-in staff, not API clients.");
        }
        sessions.requireActive(caller);
        HttpParameters query = request.getParameters();
        CaseFilter filter = filter(query);
        CaseOrder order = order(query);
        Language language = language(query.get("language"), caller);
        Page<CaseExportLine> first = namedAsQueryParameters(() -> exports.chunk(caller, filter, order, null));
        Function<String, Page<CaseExportLine>> next = after -> exports.chunk(caller, filter, order, after);
        StreamedFile file = new StreamedFile(new CaseCsvStream(CaseCsv.forLanguage(language), first, next), CSV)
                .attach("cases-%s.csv".formatted(java.time.LocalDate.now(clock)));
        return HttpResponse.ok(file).header("Cache-Control", "no-store").header("X-Total-Count", String.valueOf(first.totalCount()));
    }

    /** The door names filter criteria as in the GraphQL input ("filter.principalMax"); here they are query parameters. */
    private static <T> T namedAsQueryParameters(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            if (e.field() != null && e.field().startsWith("filter.")) {
                throw new DomainException(e.code(), e.getMessage(), e.field().substring("filter.".length()));
            }
            throw e;
        }
    }

    private static CaseFilter filter(HttpParameters query) {
        Set<CaseStatus> statuses = null;
        List<String> statusNames = query.getAll("status");
        if (!statusNames.isEmpty()) {
            statuses = EnumSet.noneOf(CaseStatus.class);
            for (String name : statusNames) {
                statuses.add(parse(name, "status", v -> CaseStatus.valueOf(v.toUpperCase(Locale.ROOT))));
            }
        }
        return new CaseFilter(statuses,
                parse(query.get("clientId"), "clientId", v -> new ClientId(GlobalId.decode(v, "Client", "clientId"))),
                parse(query.get("assigneeId"), "assigneeId", v -> new UserId(GlobalId.decode(v, "User", "assigneeId"))),
                parse(query.get("teamId"), "teamId", v -> new TeamId(GlobalId.decode(v, "Team", "teamId"))),
                parse(query.get("jurisdiction"), "jurisdiction", v -> Jurisdiction.valueOf(v.toUpperCase(Locale.ROOT))),
                flag(query.get("mine"), "mine"),
                parse(query.get("openedFrom"), "openedFrom", LocalDate::parse), parse(query.get("openedTo"), "openedTo", LocalDate::parse),
                parse(query.get("openBalanceFrom"), "openBalanceFrom", BigDecimal::new),
                parse(query.get("openBalanceTo"), "openBalanceTo", BigDecimal::new),
                parse(query.get("principalMin"), "principalMin", BigDecimal::new), parse(query.get("principalMax"), "principalMax", BigDecimal::new),
                parse(query.get("ageMinDays"), "ageMinDays", Integer::valueOf), parse(query.get("ageMaxDays"), "ageMaxDays", Integer::valueOf),
                flag(query.get("withoutPlan"), "withoutPlan"),
                parse(query.get("partyId"), "partyId", v -> new PartyId(GlobalId.decode(v, "Party", "partyId"))));
    }

    private static CaseOrder order(HttpParameters query) {
        CaseSort field = parse(query.get("sort"), "sort", v -> CaseSort.valueOf(v.toUpperCase(Locale.ROOT)));
        String direction = query.get("direction");
        if (direction != null && !direction.equalsIgnoreCase("ASC") && !direction.equalsIgnoreCase("DESC")) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "direction is ASC or DESC.", "direction");
        }
        return field == null && direction == null ? CaseOrder.newestFirst()
                : new CaseOrder(field == null ? CaseSort.OPENED_ON : field, "ASC".equalsIgnoreCase(direction));
    }

    private Language language(@Nullable String asked, Caller caller) {
        if (asked == null || asked.isBlank()) {
            return users.me(caller).language();
        }
        return parse(asked, "language", v -> Language.valueOf(v.toUpperCase(Locale.ROOT)));
    }

    private static boolean flag(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, field + " is true or false.", field);
        }
        return Boolean.parseBoolean(value);
    }

    private static <T> @Nullable T parse(@Nullable String value, String field, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "'%s' is not a valid %s.".formatted(value, field), field);
        }
    }
}
