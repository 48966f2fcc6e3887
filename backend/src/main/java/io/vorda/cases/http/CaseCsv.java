package io.vorda.cases.http;

import io.vorda.access.Language;
import io.vorda.cases.CaseExportLine;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The case list as CSV (RFC 4180 quoting) for spreadsheets. Excel reads a file by the conventions of the computer's
 * region, so the separator and decimal mark follow the user's language: English gets {@code ,} and {@code 1234.50};
 * Dutch, German, Polish and French get {@code ;} and {@code 1234,50} — the list separator and decimal mark of those
 * regions. No thousands separators; dates are ISO (2026-03-02), which every region's Excel reads as a date.
 */
final class CaseCsv {

    /** UTF-8 byte order mark: without it Excel reads the file as the region's legacy code page and mangles names. */
    static final String BOM = "\uFEFF";
    private static final List<String> COLUMNS = List.of("Reference", "Status", "Client", "Debtors", "Team", "Assignee",
            "Opened on", "Principal total", "Currency");

    private final char separator;
    private final char decimalMark;

    private CaseCsv(char separator, char decimalMark) {
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    static CaseCsv forLanguage(Language language) {
        return language == Language.EN ? new CaseCsv(',', '.') : new CaseCsv(';', ',');
    }

    String header() {
        return row(COLUMNS);
    }

    String line(CaseExportLine line) {
        return row(List.of(line.reference().toString(), line.status().name(), line.client(), String.join(", ", line.debtors()),
                orEmpty(line.team()), orEmpty(line.assignee()), line.openedOn().toString(),
                line.principalTotal().amount().toPlainString().replace('.', decimalMark),
                line.principalTotal().currency().getCurrencyCode()));
    }

    private String row(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /**
     * One cell: quoted when it holds the separator, a quote or a line break. Text that a spreadsheet would run as a
     * formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe first — names are typed by
     * people, and "=HYPERLINK(…)" in a debtor's name must stay text (OWASP, CSV injection).
     */
    private String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
