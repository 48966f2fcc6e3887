package io.vorda.ledger.allocation;

import io.vorda.ledger.Component;
import io.vorda.ledger.PaymentId;
import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Allocation (imputation) of a case's payments, replayed in value-date order over the claims' accounts: each payment
 * goes to the claims the debtor designated (in that order), then to the rest by the jurisdiction's ranking, and within
 * a claim by the component order; what nothing is owed for becomes credit. Pure: the same accounts and payments always
 * give the same outcome, which is what lets the ledger re-allocate append-only by comparing outcomes.
 */
public final class Allocator {

    private Allocator() {
    }

    /**
     * Allocates {@code receipts} (already in value-date order) over {@code claims}, which must carry charges only;
     * the applications are recorded on them as the replay goes, so later payments see what earlier ones settled.
     */
    public static Outcome allocate(List<ClaimAccount> claims, List<Receipt> receipts, AllocationRules rules) {
        Map<PaymentId, List<Applied>> applied = new LinkedHashMap<>();
        Map<PaymentId, Money> credit = new LinkedHashMap<>();
        for (Receipt receipt : receipts) {
            LocalDate valueDate = receipt.valueDate();
            List<Applied> parts = new ArrayList<>();
            Money zero = Money.zero(receipt.amount().currency());
            Money left = receipt.amount();
            for (List<ClaimAccount> group : rank(claims, receipt, rules.ranking())) {
                if (left.isZero()) {
                    break;
                }
                Map<ClaimAccount, Map<Component, Money>> owed = new LinkedHashMap<>();
                group.forEach(claim -> owed.put(claim, claim.owedOn(valueDate)));
                List<Money> totals = owed.values().stream()
                        .map(byComponent -> byComponent.values().stream().reduce(zero, Money::plus)).toList();
                Money total = totals.stream().reduce(zero, Money::plus);
                if (total.isZero()) {
                    continue;
                }
                List<Money> shares = left.compareTo(total) >= 0 ? totals : left.proRata(totals);
                int i = 0;
                for (Map.Entry<ClaimAccount, Map<Component, Money>> claim : owed.entrySet()) {
                    settle(claim.getKey(), claim.getValue(), shares.get(i++), rules.components(), valueDate, parts);
                }
                left = left.minus(shares.stream().reduce(zero, Money::plus));
            }
            applied.put(receipt.payment(), List.copyOf(parts));
            credit.put(receipt.payment(), left);
        }
        return new Outcome(applied, credit);
    }

    private static void settle(ClaimAccount claim, Map<Component, Money> owed, Money amount, ComponentOrder order,
                               LocalDate valueDate, List<Applied> parts) {
        Money left = amount;
        for (Component component : order.sequence()) {
            Money due = owed.get(component);
            Money take = left.compareTo(due) <= 0 ? left : due;
            if (!take.isZero()) {
                claim.apply(valueDate, component, take);
                parts.add(new Applied(claim.claim(), component, take));
                left = left.minus(take);
            }
        }
    }

    /**
     * The claims in the order this payment settles them, in groups of equals (shared pro rata): designated claims one
     * by one in the debtor's order, then the others — due before not yet due, the highest rate first where the
     * jurisdiction ranks by burden, then the one that fell due first (then was invoiced first).
     */
    static List<List<ClaimAccount>> rank(List<ClaimAccount> claims, Receipt receipt, ClaimRanking ranking) {
        LocalDate day = receipt.valueDate();
        List<List<ClaimAccount>> groups = new ArrayList<>();
        Set<UUID> designated = new HashSet<>();
        for (UUID id : receipt.designatedClaims()) {
            claims.stream().filter(c -> c.claim().equals(id) && designated.add(id)).findFirst().ifPresent(c -> groups.add(List.of(c)));
        }
        Map<UUID, BigDecimal> rates = new HashMap<>();
        List<ClaimAccount> rest = new ArrayList<>(claims.stream().filter(c -> !designated.contains(c.claim())).toList());
        if (ranking.burdensomeFirst()) {
            // claims of one case mostly share one basis: ask the engine once per basis, not once per claim
            Map<Object, BigDecimal> byBasis = new HashMap<>();
            rest.forEach(c -> rates.put(c.claim(), byBasis.computeIfAbsent(c.basis() == null ? "none" : c.basis(), b -> c.annualRateOn(day))));
        }
        Comparator<ClaimAccount> equals = Comparator.comparing((ClaimAccount c) -> c.dueDate().isAfter(day));
        if (ranking.burdensomeFirst()) {
            equals = equals.thenComparing(c -> rates.get(c.claim()), Comparator.reverseOrder());
        }
        equals = equals.thenComparing(ClaimAccount::dueDate).thenComparing(ClaimAccount::invoiceDate);
        Comparator<ClaimAccount> stable = equals.thenComparing(ClaimAccount::claim);
        rest.sort(stable);
        for (ClaimAccount claim : rest) {
            List<ClaimAccount> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && !designated.contains(last.get(0).claim()) && equals.compare(last.get(0), claim) == 0) {
                last.add(claim);
            } else {
                groups.add(new ArrayList<>(List.of(claim)));
            }
        }
        return groups;
    }
}
