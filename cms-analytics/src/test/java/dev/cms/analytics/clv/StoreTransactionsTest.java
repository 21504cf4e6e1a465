package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Rule;
import dev.cms.persistence.memory.MemoryPersistence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Summaries derived from the purchases in a store, read page by page through the public services. */
class StoreTransactionsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final CmsScope scope = Cms.builder().persistence(new MemoryPersistence()).zone(BERLIN).build()
            .as(Principal.of("analyst"));

    private Customer customer(String family, String country) {
        return scope.customers().create(scope.customers().person("Test", family).address(Address.inCountry(country)).build());
    }

    private Purchase buy(Customer c, String at, String amount, String currency) {
        return scope.purchases().record(PurchaseDetails.of(c.id(), Instant.parse(at), Money.of(amount, currency)));
    }

    @Test
    void summaries_fromTheStore_mergeSameDayPurchases_netRefunds_andSkipOtherCurrenciesAndRefundedOnes() {
        Customer ada = customer("Lovelace", "DE");
        // 1 March in Berlin, twice (merged: 15.00); 23:30 UTC on 7 March is already 8 March in Berlin.
        buy(ada, "2026-03-01T09:00:00Z", "10.00", "EUR");
        buy(ada, "2026-03-01T17:00:00Z", "5.00", "EUR");
        Purchase partly = buy(ada, "2026-03-07T23:30:00Z", "30.00", "EUR");
        scope.purchases().refund(partly.id(), partly.version(), Money.of("10.00", "EUR"));   // net 20.00
        Purchase refunded = buy(ada, "2026-03-10T09:00:00Z", "99.00", "EUR");
        scope.purchases().refund(refunded.id(), refunded.version(), Money.of("99.00", "EUR"));  // left out
        buy(ada, "2026-03-12T09:00:00Z", "500", "JPY");                                       // other currency
        Customer bob = customer("Babbage", "GB");
        buy(bob, "2026-03-15T09:00:00Z", "7.00", "EUR");

        CustomerSummaries<CustomerId> data = CustomerSummaries.fromTransactions(
                StoreTransactions.of(scope, BERLIN, Money.currency("EUR"), Optional.empty(), Customer::id),
                LocalDate.of(2026, 3, 29), ChronoUnit.DAYS);

        // Ada: days 1 March and 8 March -> x = 1, t_x = 7 days, T = 28 days, repeat spend 20.00 EUR.
        CustomerSummary a = data.get(ada.id()).orElseThrow();
        assertThat(a.frequency()).isEqualTo(1);
        assertThat(a.recency()).isEqualTo(7.0);
        assertThat(a.age()).isEqualTo(28.0);
        assertThat(a.repeatSpend()).hasValue(Money.of("20.00", "EUR"));
        // Bob: one day, 15 March -> x = 0, T = 14 days.
        CustomerSummary b = data.get(bob.id()).orElseThrow();
        assertThat(b.frequency()).isZero();
        assertThat(b.age()).isEqualTo(14.0);
    }

    @Test
    void summaries_forAPopulation_coverOnlyItsMembers() {
        Customer ada = customer("Lovelace", "DE");
        Customer bob = customer("Babbage", "GB");
        buy(ada, "2026-03-01T09:00:00Z", "10.00", "EUR");
        buy(bob, "2026-03-01T09:00:00Z", "10.00", "EUR");

        CustomerSummaries<CustomerId> data = CustomerSummaries.fromTransactions(
                StoreTransactions.of(scope, BERLIN, Money.currency("EUR"), Optional.of(Rule.field("country").eq("GB")),
                        Customer::id),
                LocalDate.of(2026, 3, 29), ChronoUnit.DAYS);

        assertThat(data.size()).isEqualTo(1);
        assertThat(data.get(bob.id())).isPresent();
    }
}
