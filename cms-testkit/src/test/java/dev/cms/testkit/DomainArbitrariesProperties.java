package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.Phone;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.money.Money;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskStatus;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The generators of {@link DomainArbitraries} produce values the domain's constructors accept unchanged. */
class DomainArbitrariesProperties {

    @Example
    void everyListedPhoneNumber_isValidAndAlreadyInE164Form() {
        for (String number : DomainArbitraries.VALID_PHONE_NUMBERS) {
            assertThat(Phone.parse(number, "ZZ").e164()).as(number).isEqualTo(number);
        }
    }

    @Example
    void everyListedLanguageTag_survivesTheLanguageTagRoundTrip() {
        for (String tag : DomainArbitraries.LANGUAGE_TAGS) {
            Locale locale = Locale.forLanguageTag(tag);
            assertThat(locale.toLanguageTag()).isEqualTo(tag);
            assertThat(new Locale.Builder().setLanguageTag(locale.toLanguageTag()).build()).isEqualTo(locale);
        }
    }

    @Property(tries = 300)
    void generatedProfile_isReconstructedUnchangedAndHasOnePrimaryOfEachContactKind(@ForAll("profiles") CustomerProfile p) {
        CustomerProfile rebuilt = new CustomerProfile(p.name(), p.emails(), p.phones(), p.addresses(), p.affiliation(),
                p.lifecycleStage(), p.leadSource(), p.owner(), p.tags(), p.birthDate(), p.locale(), p.timeZone(),
                p.preferredChannel(), p.consents(), p.externalId(), p.attributes());

        assertThat(rebuilt).isEqualTo(p);
        assertThat(p.emails().stream().filter(EmailContact::primary).count()).isEqualTo(p.emails().isEmpty() ? 0 : 1);
        assertThat(p.phones().stream().filter(PhoneContact::primary).count()).isEqualTo(p.phones().isEmpty() ? 0 : 1);
        Statistics.label("kind").collect(p.kind());
    }

    @Property(tries = 200)
    void generatedCustomer_isReconstructedUnchangedAtMicrosecondPrecision(@ForAll("customers") Customer c) {
        Customer rebuilt = new Customer(c.id(), c.profile(), c.createdAt(), c.updatedAt(), c.version());

        assertThat(rebuilt).isEqualTo(c);
        assertThat(c.createdAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(c.createdAt());
        assertThat(c.createdAt()).isBeforeOrEqualTo(c.updatedAt());
    }

    @Property(tries = 300)
    void generatedTask_hasACompletionTimeExactlyWhenDone(@ForAll("tasks") Task t) {
        Task rebuilt = new Task(t.id(), t.details(), t.status(), t.createdAt(), t.updatedAt(), t.completedAt(), t.version());

        assertThat(rebuilt).isEqualTo(t);
        assertThat(t.completedAt().isPresent()).isEqualTo(t.status() == TaskStatus.DONE);
        Statistics.label("status").collect(t.status());
    }

    @Property(tries = 300)
    void generatedMoney_isAtItsCurrencyScaleAndParsesBackFromItsText(@ForAll("money") Money m) {
        Currency currency = m.currency();

        assertThat(m.amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
        assertThat(Money.of(m.amount().toPlainString(), currency.getCurrencyCode())).isEqualTo(m);
        Statistics.label("currency").collect(currency.getCurrencyCode());
    }

    @Provide
    Arbitrary<CustomerProfile> profiles() {
        return DomainArbitraries.customerProfiles();
    }

    @Provide
    Arbitrary<Customer> customers() {
        return DomainArbitraries.customers();
    }

    @Provide
    Arbitrary<Task> tasks() {
        return DomainArbitraries.tasks();
    }

    @Provide
    Arbitrary<Money> money() {
        return DomainArbitraries.money();
    }
}
