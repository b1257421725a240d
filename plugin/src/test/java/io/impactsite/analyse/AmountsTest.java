package io.impactsite.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.impactsite.model.Amount;
import io.impactsite.model.Contribution;
import io.impactsite.model.Markdown;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sums of amounts, by hand: one total per currency, never a sum across currencies. */
class AmountsTest {

    static Contribution funding(String partner, String goal, String kind, String amount, String currency) {
        return new Contribution(partner, List.of(goal), partner + " " + goal, kind, Markdown.EMPTY, List.of(), null, null,
                amount == null ? null : new Amount(new BigDecimal(amount), currency), List.of());
    }

    @Test
    void amountsAreSummedWithinACurrencyAndNeverAcross() {
        List<Contribution> contributions = List.of(
                funding("a", "reading", "funding", "750000", "USD"),
                funding("b", "reading", "funding", "250000.50", "USD"),
                funding("c", "reading", "in-kind", "40000", "EUR"),
                funding("d", "reading", "programme", null, null));
        // 750,000 + 250,000.50 = 1,000,000.50 USD from 2; 40,000 EUR from 1; the programme has no amount
        assertEquals(List.of(new Amounts.Total("EUR", new BigDecimal("40000"), 1, 0),
                        new Amounts.Total("USD", new BigDecimal("1000000.50"), 2, 0)),
                Amounts.byCurrency(contributions));
    }

    @Test
    void noAmountsNoTotals() {
        assertEquals(List.of(), Amounts.byCurrency(List.of(funding("a", "g", "data", null, null))));
    }

    @Test
    void totalsPerKeyFollowTheKeysAndLeaveOutKeysWithoutAmounts() {
        List<Contribution> contributions = List.of(
                funding("a", "reading", "funding", "100", "USD"),
                funding("b", "ready", "funding", "20", "USD"),
                funding("c", "ready", "in-kind", "5", "CAD"),
                funding("d", "ready", "funding", "30", "USD"),
                funding("e", "graduation", "data", null, null));
        Map<String, List<Amounts.Total>> byGoal = Amounts.byEach(List.of("ready", "graduation", "reading"), contributions,
                Contribution::goals);
        assertEquals(List.of("ready", "reading"), List.copyOf(byGoal.keySet()), "goal order, goals without amounts left out");
        // ready: 20 + 30 = 50 USD from 2, and 5 CAD from 1, apart
        assertEquals(List.of(new Amounts.Total("CAD", new BigDecimal("5"), 1, 0), new Amounts.Total("USD", new BigDecimal("50"), 2, 0)),
                byGoal.get("ready"));
        Map<String, List<Amounts.Total>> byKind = Amounts.by(List.of("funding", "in-kind"), contributions, Contribution::kind);
        assertEquals(List.of(new Amounts.Total("USD", new BigDecimal("150"), 3, 0)), byKind.get("funding"));
        assertEquals(List.of(new Amounts.Total("CAD", new BigDecimal("5"), 1, 0)), byKind.get("in-kind"));
    }
}
