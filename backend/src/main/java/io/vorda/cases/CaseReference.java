package io.vorda.cases;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case reference people say and letters print, e.g. {@code 2026-000123}: the four-digit year the case was
 * opened, a hyphen and the case's sequence number, zero-padded to at least six digits (a sequence past 999999 simply
 * takes more digits). Sequences count from 1. Each reference has exactly one written form, so
 * {@code parse(r.toString())} gives {@code r} back and two spellings never name the same case.
 */
public record CaseReference(int year, long sequence) {

    private static final String FIELD = "caseReference";
    private static final Pattern FORM = Pattern.compile("([0-9]{4})-([0-9]{6,19})");

    public CaseReference {
        if (year < 1000 || year > 9999) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "A case reference year has four digits, not %d".formatted(year), FIELD);
        }
        if (sequence < 1) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "A case reference sequence counts from 1, not %d".formatted(sequence), FIELD);
        }
    }

    public static CaseReference of(int year, long sequence) {
        return new CaseReference(year, sequence);
    }

    /**
     * Reads a reference written as {@code toString()} writes it (surrounding spaces are ignored). Throws
     * INVALID_FORMAT on field {@code caseReference} otherwise, including for extra leading zeros such as
     * {@code 2026-0000123}.
     */
    public static CaseReference parse(String text) {
        String trimmed = text.strip();
        Matcher matcher = FORM.matcher(trimmed);
        if (matcher.matches()) {
            try {
                CaseReference reference = new CaseReference(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
                if (reference.toString().equals(trimmed)) {
                    return reference;
                }
            } catch (NumberFormatException tooLarge) {
                // a sequence beyond the long range is no reference Vorda ever issued; refused below like any misfit
            }
        }
        throw new DomainException(ErrorCode.INVALID_FORMAT,
                "'%s' is not a case reference: expected year-sequence such as 2026-000123".formatted(text), FIELD);
    }

    /** The written form: {@code 2026-000123}. */
    @Override
    public String toString() {
        return "%d-%06d".formatted(year, sequence);
    }
}
