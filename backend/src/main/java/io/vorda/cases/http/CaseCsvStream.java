package io.vorda.cases.http;

import io.vorda.cases.CaseExportLine;
import io.vorda.shared.Page;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The CSV body, produced while it is sent: the server reads this stream piece by piece on its I/O pool, and each time
 * the current chunk is used up the next one is fetched (its own short transaction). Memory holds one chunk, however
 * many cases the export has.
 */
final class CaseCsvStream extends InputStream {

    private final CaseCsv csv;
    private final Function<String, Page<CaseExportLine>> nextAfter;
    private Page<CaseExportLine> chunk;
    private byte[] buffer;
    private int position;

    CaseCsvStream(CaseCsv csv, Page<CaseExportLine> first, Function<String, Page<CaseExportLine>> nextAfter) {
        this.csv = csv;
        this.nextAfter = nextAfter;
        this.chunk = first;
        this.buffer = encode(CaseCsv.BOM + csv.header(), first);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position >= buffer.length) {
            if (!chunk.hasNextPage()) {
                return -1;
            }
            chunk = nextAfter.apply(chunk.cursors().get(chunk.cursors().size() - 1));
            buffer = encode("", chunk);
            position = 0;
        }
        int count = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, target, offset, count);
        position += count;
        return count;
    }

    private byte[] encode(String prefix, Page<CaseExportLine> page) {
        StringBuilder text = new StringBuilder(prefix);
        page.items().forEach(line -> text.append(csv.line(line)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
