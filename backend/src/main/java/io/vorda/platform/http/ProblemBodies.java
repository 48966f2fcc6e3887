package io.vorda.platform.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.vorda.access.AccountLockedException;
import io.vorda.shared.DomainException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every REST error body is RFC 9457 {@code application/problem+json} (ARCHITECTURE §8): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, plus Vorda's {@code code} and {@code errors: [{field, message}]}.
 * Framework errors (malformed JSON, unknown fields, 404, 405, 413) get the same shape as business errors.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodies implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)]");

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Throwable cause = context.getRootCause().orElse(null);
        String code = cause instanceof DomainException domain ? domain.code().name() : codeFor(status);
        List<Map<String, String>> errors = new ArrayList<>();
        String detail = null;
        if (cause instanceof ConstraintViolationException invalid) {
            code = "INVALID_FORMAT";
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String field = fieldOf(violation);
                String message = violation.getMessage();
                errors.add(Map.of("field", field, "message", message));
                if (violation.getConstraintDescriptor().getAnnotation() instanceof NotBlank
                        || violation.getConstraintDescriptor().getAnnotation() instanceof NotNull) {
                    code = "REQUIRED";
                }
                detail = detail == null ? field + ": " + message : detail + "; " + field + ": " + message;
            }
        } else if (cause instanceof DomainException domain) {
            detail = domain.getMessage();
            if (domain.field() != null) {
                errors.add(Map.of("field", domain.field(), "message", domain.getMessage()));
            }
        } else {
            for (Error error : context.getErrors()) {
                String message = clean(error.getMessage());
                detail = detail == null ? message : detail + "; " + message;
                fieldOf(error).ifPresent(field -> errors.add(Map.of("field", field, "message", message)));
            }
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:vorda:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        problem.put("detail", detail == null ? status.getReason() : detail);
        problem.put("instance", context.getRequest().getPath());
        problem.put("code", code);
        problem.put("errors", errors);
        if (cause instanceof AccountLockedException locked) {
            problem.put("lockedUntil", locked.lockedUntil().toString());
        }
        return problem;
    }

    /** The JSON path of a bean-validation failure, without the Java method and parameter names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getName());
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    private static java.util.Optional<String> fieldOf(Error error) {
        Matcher unknown = UNKNOWN_PROPERTY.matcher(error.getMessage());
        if (unknown.find()) {
            return java.util.Optional.of(unknown.group(1));
        }
        if (error.getPath().isPresent() && !error.getPath().get().startsWith("/")) {
            // bean validation paths look like "signIn.request.email": drop the method and parameter names
            String[] parts = error.getPath().get().split("\\.");
            return java.util.Optional.of(parts.length > 2
                    ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1]);
        }
        return java.util.Optional.empty();
    }

    /** Framework messages can name Java types; keep what a client can act on. */
    private static String clean(String message) {
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            return "Unknown field '%s'.".formatted(unknown.group(1));
        }
        if (message.startsWith("Failed to convert argument") || message.contains("JSON")
                || message.contains("Unexpected character") || message.contains("Unexpected end")) {
            return "The request body is not valid JSON for this operation.";
        }
        return message;
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "MALFORMED_REQUEST";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "PERMISSION_DENIED";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case REQUEST_ENTITY_TOO_LARGE -> "REQUEST_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : "MALFORMED_REQUEST";
        };
    }
}
