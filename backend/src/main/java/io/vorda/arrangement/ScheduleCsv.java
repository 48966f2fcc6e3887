package io.vorda.arrangement;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes a schedule as CSV; previews leave the paid columns out. Every value is a number, a date or a code, so nothing
 * needs quoting.
 */
final class ScheduleCsv {

    record Line(int number, InstalmentKind kind, LocalDate scheduledOn, LocalDate dueOn, Money amount,
                @Nullable Money paidAmount, @Nullable LocalDate paidOn, @Nullable InstalmentStatus status) {
    }

    private ScheduleCsv() {
    }

    static String of(List<Line> lines) {
        boolean withState = lines.stream().anyMatch(l -> l.status() != null);
        StringBuilder csv = new StringBuilder("number,kind,scheduled_on,due_on,amount,currency");
        csv.append(withState ? ",paid_amount,paid_on,status\r\n" : "\r\n");
        for (Line line : lines) {
            csv.append(line.number()).append(',').append(line.kind()).append(',').append(line.scheduledOn()).append(',')
                    .append(line.dueOn()).append(',').append(line.amount().amount().toPlainString()).append(',')
                    .append(line.amount().currency().getCurrencyCode());
            if (withState) {
                csv.append(',').append(line.paidAmount() == null ? "" : line.paidAmount().amount().toPlainString())
                        .append(',').append(line.paidOn() == null ? "" : line.paidOn())
                        .append(',').append(line.status() == null ? "" : line.status());
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
