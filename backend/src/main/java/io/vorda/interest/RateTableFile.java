package io.vorda.interest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a shipped rate file: {@code #} comment lines, one {@code published-through: yyyy-mm-dd} line, the header
 * {@code valid_from,rate_percent,confirmed,source}, then one row per line. The source is the last column and may
 * contain commas. A malformed file is a defect of the release, so it fails loudly at start-up.
 */
final class RateTableFile {

    static final String HEADER = "valid_from,rate_percent,confirmed,source";
    private static final String PUBLISHED_THROUGH = "published-through:";

    private RateTableFile() {
    }

    static RateTable read(StatutoryRate rate, String resource) {
        try (InputStream in = RateTableFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rate file missing: " + resource);
            }
            return parse(rate, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static RateTable parse(StatutoryRate rate, List<String> lines) {
        LocalDate publishedThrough = null;
        boolean headerSeen = false;
        List<RatePeriod> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith(PUBLISHED_THROUGH)) {
                    publishedThrough = LocalDate.parse(line.substring(PUBLISHED_THROUGH.length()).strip());
                } else if (line.equals(HEADER)) {
                    headerSeen = true;
                } else if (!headerSeen) {
                    throw new IllegalArgumentException("expected the header " + HEADER);
                } else {
                    rows.add(row(line));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("%s line %d: %s".formatted(rate, i + 1, e.getMessage()), e);
            }
        }
        if (publishedThrough == null) {
            throw new IllegalStateException(rate + ": no '" + PUBLISHED_THROUGH + "' line");
        }
        return new RateTable(rate, rows, publishedThrough);
    }

    private static RatePeriod row(String line) {
        String[] cells = line.split(",", 4);
        if (cells.length != 4) {
            throw new IllegalArgumentException("expected 4 columns: " + line);
        }
        String confirmed = cells[2].strip();
        if (!confirmed.equals("true") && !confirmed.equals("false")) {
            throw new IllegalArgumentException("confirmed must be true or false, was " + confirmed);
        }
        return new RatePeriod(LocalDate.parse(cells[0].strip()), new BigDecimal(cells[1].strip()),
                Boolean.parseBoolean(confirmed), cells[3].strip());
    }
}
