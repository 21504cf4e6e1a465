package dev.cms.benchmarks.jpa;

import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The customers the JPA benchmarks store, the same for a seed: a person with one e-mail address, one phone number,
 * one address (country among DE, AT, FR, US, GB), a lifecycle stage, an external id, a numeric custom attribute, tag
 * {@code vip} for one in ten and {@code newsletter} for three in ten, e-mail consent granted for half, created within
 * the 800 days before {@link #NOW}. Six rows per customer on average across the customer tables.
 */
final class BenchmarkCustomers {
    static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final String[] COUNTRIES = {"DE", "AT", "FR", "US", "GB"};
    private static final String[] STAGES = {"lead", "customer", "subscriber", "opportunity"};

    private BenchmarkCustomers() {
    }

    static List<Customer> generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Customer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CustomerProfile.Builder b = CustomerProfile.person("Given" + i, "Family" + i)
                    .email("person" + i + "@example" + (i % 50) + ".com", "work")
                    .phone("+49 30 " + (20_000_000 + i % 70_000_000), "office")
                    .address(Address.of("Street " + i, String.valueOf(10_000 + i % 90_000), "City" + (i % 100),
                            COUNTRIES[random.nextInt(COUNTRIES.length)]))
                    .stage(LifecycleStage.of(STAGES[random.nextInt(STAGES.length)]))
                    .externalId("ext-" + i)
                    .attribute("score", new AttributeValue.Number(BigDecimal.valueOf(i % 1_000)));
            if (random.nextInt(10) == 0) {
                b.tag("vip");
            }
            if (random.nextInt(10) < 3) {
                b.tag("newsletter");
            }
            if (random.nextBoolean()) {
                b.consentGranted(ContactChannel.EMAIL, NOW.minus(Duration.ofDays(30)), "web form");
            }
            Instant created = NOW.minus(Duration.ofDays(random.nextInt(800))).minusSeconds(random.nextInt(86_400));
            all.add(new Customer(CustomerId.of(new UUID(random.nextLong(), random.nextLong())), b.build(), created,
                    created, 0));
        }
        return all;
    }
}
