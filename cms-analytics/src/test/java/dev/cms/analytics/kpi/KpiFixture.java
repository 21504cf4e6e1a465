package dev.cms.analytics.kpi;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.money.Money;
import dev.cms.core.support.SupportSettings;
import dev.cms.persistence.memory.MemoryPersistence;
import dev.cms.testkit.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A store on the memory adapter, filled through the public API, with a clock the test moves, and the analytics over it.
 * Instants are written as ISO text so the scenarios read like the hand calculations in the tests' comments.
 */
final class KpiFixture {
    final MutableClock clock;
    final Cms cms;
    final CmsScope scope;
    final Analytics analytics;
    final ZoneId zone;

    private KpiFixture(ZoneId zone, SupportSettings support, String now) {
        this.zone = zone;
        this.clock = MutableClock.at(now);
        this.cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).zone(zone).support(support).build();
        this.scope = cms.as(Principal.of("analyst"));
        this.analytics = Analytics.of(cms, Principal.of("analyst"), zone);
    }

    /** A UTC store whose clock stands at 2026-06-01, after every scenario's window. */
    static KpiFixture utc() {
        return new KpiFixture(ZoneOffset.UTC, SupportSettings.defaults(), "2026-06-01T00:00:00Z");
    }

    static KpiFixture in(ZoneId zone) {
        return new KpiFixture(zone, SupportSettings.defaults(), "2026-06-01T00:00:00Z");
    }

    static KpiFixture withSupport(SupportSettings support, String now) {
        return new KpiFixture(ZoneOffset.UTC, support, now);
    }

    CustomerId person(String given) {
        Customer c = scope.customers().create(scope.customers().person(given, "Test").build());
        return c.id();
    }

    Purchase buy(CustomerId customer, String at, String amount, String currency) {
        return scope.purchases().record(PurchaseDetails.of(customer, Instant.parse(at), Money.of(amount, currency)));
    }

    Purchase refund(Purchase purchase, String amount) {
        return scope.purchases().refund(purchase.id(), purchase.version(), Money.of(amount, purchase.details().total().currency().getCurrencyCode()));
    }

    void answer(CustomerId customer, SurveyType type, int score, String at) {
        scope.feedback().record(SurveyAnswer.of(customer, type, score, Instant.parse(at)));
    }

    void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    Window months(String first, String last) {
        return Window.ofMonths(YearMonth.parse(first), YearMonth.parse(last), zone);
    }

    Window days(String first, String last) {
        return Window.ofDates(LocalDate.parse(first), LocalDate.parse(last), zone);
    }
}
