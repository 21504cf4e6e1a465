package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.money.Money;
import dev.cms.core.spi.PersistenceProvider;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values at the edges of what the core accepts survive a round trip through both databases unchanged: instants in
 * years 1 and 9999 at microsecond precision, dates before the Gregorian reform (and inside the ten days the Julian
 * calendar of {@code java.sql.Date} lacks), numbers at the full precision of their columns, text outside the Basic
 * Multilingual Plane and at its maximum length.
 */
class JpaValueRangeTest {
    private static final Instant YEAR_1 = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant YEAR_9999 = Instant.parse("9999-12-31T23:59:59.999999Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void customer_withValuesAtTheEdgesOfTheirRanges_readsBackEqual(TestDatabase database) {
        PersistenceProvider store = database.newPersistence();
        store.transactions().inTransaction(() -> {
            store.attributeDefinitions().save(AttributeDefinition.of("big", "Big", AttributeType.NUMBER));
            return null;
        });
        String astral = "\uD835\uDCD0\uD83D\uDE00 Ada";
        CustomerProfile profile = CustomerProfile.person(astral, "L".repeat(100))
                .email("a.b-c+d@sub.example.co.uk", "work")
                .birthDate(LocalDate.of(1, 1, 1))
                .locale(Locale.forLanguageTag("zh-Hant-TW"))
                .timeZone(ZoneOffset.ofHoursMinutes(5, 30))
                .consent(ContactChannel.POST, Consent.granted(YEAR_1, "letter"))
                .consent(ContactChannel.PHONE, Consent.denied(YEAR_9999, "call"))
                .attribute("big", AttributeValue.number(new BigDecimal("-99999999999999999999.999999999999999999")))
                .attribute("reform", AttributeValue.date(LocalDate.of(1582, 10, 10)))
                .attribute("last", AttributeValue.date(LocalDate.of(9999, 12, 31)))
                .attribute("price", AttributeValue.money(Money.of("999999999999999.9999", "CLF")))
                .attribute("note", AttributeValue.text("tab\tand\r\nlines " + astral))
                .attribute("flag", AttributeValue.bool(false))
                .tag("\u00e9t\u00e9", "\u4e2d\u6587", astral)
                .owner(UserId.of(" x".strip() + "\uD83D\uDE00"))
                .build();
        Customer customer = new Customer(CustomerId.of(new UUID(-1L, 1L)), profile, YEAR_1, YEAR_9999, 0);
        Interaction note = new Interaction(InteractionId.of(new UUID(Long.MIN_VALUE, 0)), customer.id(),
                InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, Instant.parse("1582-10-10T12:34:56.789012Z"))
                        .withBody("x".repeat(100_000)).withDuration(Duration.ofDays(7)), UserId.of("alice"), YEAR_9999);

        store.transactions().inTransaction(() -> {
            store.customers().insert(customer);
            store.interactions().insert(note);
            return null;
        });

        assertThat(store.customers().findById(customer.id())).contains(customer);
        assertThat(store.interactions().findById(note.id())).contains(note);
        assertThat(store.interactions().timeline(customer.id(), java.util.Optional.empty(), 10)).isEqualTo(List.of(note));
    }
}
