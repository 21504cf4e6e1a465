package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.Phone;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageKind;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskStatus;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
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

    // ---------------------------------------------------------------- the features of issue 3

    /** Builds a copy of {@code value} through its canonical constructor, which re-runs every check and normalisation. */
    private static Object rebuild(Record value) throws ReflectiveOperationException {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getAccessor().invoke(value);
        }
        return value.getClass().getDeclaredConstructor(types).newInstance(args);
    }

    @Property(tries = 400)
    void everyGeneratedFeatureValue_isReconstructedUnchangedByItsCanonicalConstructor(@ForAll("featureValues") Record value)
            throws ReflectiveOperationException {
        assertThat(rebuild(value)).isEqualTo(value);
        Statistics.collect(value.getClass().getSimpleName());
    }

    @Property(tries = 200)
    void generatedPipeline_hasOpenStagesFirstThenOneWonAndOneLost(@ForAll("pipelines") Pipeline p) {
        List<StageKind> kinds = p.stages().stream().map(Stage::kind).toList();
        int open = p.openStages().size();

        assertThat(open).isBetween(1, 6);
        assertThat(kinds.subList(0, open)).containsOnly(StageKind.OPEN);
        assertThat(kinds.subList(open, kinds.size())).containsExactly(StageKind.WON, StageKind.LOST);
        assertThat(p.wonStage().probability()).isEqualTo(100);
        assertThat(p.lostStage().probability()).isZero();
    }

    @Property(tries = 300)
    void generatedOpportunity_sitsInAStageOfItsStatusAndItsHistoryLeadsThere(@ForAll("dealsInPipelines") Tuple2<Pipeline, Opportunity> t) {
        Pipeline p = t.get1();
        Opportunity o = t.get2();
        StageKind expectedKind = switch (o.status()) {
            case OPEN -> StageKind.OPEN;
            case WON -> StageKind.WON;
            case LOST -> StageKind.LOST;
        };

        assertThat(o.pipeline()).isEqualTo(p.id());
        assertThat(p.stage(o.stage()).map(Stage::kind)).contains(expectedKind);
        assertThat(o.lostReason().isPresent()).isEqualTo(o.status() == OpportunityStatus.LOST);
        assertThat(o.closedAt().isPresent()).isEqualTo(o.status() != OpportunityStatus.OPEN);
        List<StageChange> h = o.history();
        assertThat(h.get(0).from()).isEmpty();
        for (int i = 1; i < h.size(); i++) {
            assertThat(h.get(i).from()).contains(h.get(i - 1).to());
            assertThat(h.get(i).at()).isAfterOrEqualTo(h.get(i - 1).at());
        }
        assertThat(h).allSatisfy(change -> assertThat(p.stage(change.to())).isPresent());
        assertThat(h.get(h.size() - 1).to()).isEqualTo(o.stage());
        o.closedAt().ifPresent(closed -> assertThat(closed).isEqualTo(h.get(h.size() - 1).at()));
        assertThat(o.createdAt()).isEqualTo(h.get(0).at());
        assertThat(o.updatedAt()).isAfterOrEqualTo(h.get(h.size() - 1).at());
        Statistics.label("status").collect(o.status());
    }

    @Property(tries = 300)
    void generatedPurchase_hasAStatusMatchingItsRefundAndLinesAddingUpToItsTotal(@ForAll("purchases") Purchase p) {
        Money total = p.details().total();
        PurchaseStatus expected = p.refunded().isZero() ? PurchaseStatus.COMPLETED
                : p.refunded().equals(total) ? PurchaseStatus.REFUNDED : PurchaseStatus.PARTIALLY_REFUNDED;

        assertThat(p.status()).isEqualTo(expected);
        assertThat(p.refunded().compareTo(total)).isLessThanOrEqualTo(0);
        if (!p.details().lines().isEmpty()) {
            assertThat(LineItem.sum(p.details().lines(), total.currency())).isEqualTo(total);
        }
        Statistics.label("status").collect(p.status());
    }

    @Property(tries = 300)
    void generatedTicket_hasAHistoryOfLegalMovesFromNewAndAResolutionTimeExactlyWhenClosedOrResolved(@ForAll("tickets") Ticket t) {
        TicketStatus current = TicketStatus.NEW;
        for (TicketStatusChange change : t.history()) {
            boolean reopened = !current.isOpen() && change.to() == TicketStatus.OPEN;
            assertThat(change.from()).isEqualTo(current);
            assertThat(reopened || current.successors().contains(change.to())).as("%s -> %s", current, change.to()).isTrue();
            assertThat(change.reason().isPresent()).isEqualTo(reopened);
            current = change.to();
        }

        assertThat(t.status()).isEqualTo(current);
        assertThat(t.resolvedAt().isPresent()).isEqualTo(!t.status().isOpen());
        t.resolvedAt().ifPresent(at -> assertThat(at).isBetween(t.createdAt(), t.updatedAt()));
        Statistics.label("status").collect(t.status());
    }

    @Property(tries = 300)
    void generatedSurveyAnswer_scoresWithinItsSurveysScale(@ForAll("surveyAnswers") SurveyAnswer a) {
        int[] scale = switch (a.type()) {
            case NPS -> new int[] {0, 10};
            case CSAT -> new int[] {1, 5};
            case CES -> new int[] {1, 7};
        };

        assertThat(a.score()).isBetween(scale[0], scale[1]);
        Statistics.label("type").collect(a.type());
    }

    @Property(tries = 300)
    void generatedDecimal_fitsANumeric38Comma18(@ForAll("decimals") BigDecimal d) {
        BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();

        assertThat(stripped.abs()).isLessThan(BigDecimal.TEN.pow(20));
        assertThat(stripped.scale()).isLessThanOrEqualTo(18);
        assertThat(new AttributeValue.Number(d).value()).isEqualByComparingTo(d);
    }

    @Provide
    Arbitrary<Record> featureValues() {
        return Arbitraries.oneOf(List.<Arbitrary<? extends Record>>of(
                DomainArbitraries.stages(), DomainArbitraries.stageDrafts(), DomainArbitraries.pipelines(),
                DomainArbitraries.stageChanges(), DomainArbitraries.opportunityDetails(), DomainArbitraries.opportunities(),
                DomainArbitraries.leadConversions(), DomainArbitraries.convertedLeads(), DomainArbitraries.wonDeals(),
                DomainArbitraries.externalOrderIds(), DomainArbitraries.lineItems(Currency.getInstance("EUR")),
                DomainArbitraries.purchaseDetails(), DomainArbitraries.purchases(), DomainArbitraries.purchaseSummaries(),
                DomainArbitraries.ticketDetails(), DomainArbitraries.ticketStatusChanges(), DomainArbitraries.tickets(),
                DomainArbitraries.routingRules(), DomainArbitraries.businessHours(), DomainArbitraries.slaPolicies(),
                DomainArbitraries.slaClocks(), DomainArbitraries.slaStatuses(), DomainArbitraries.surveyAnswers(),
                DomainArbitraries.surveyResponses(), DomainArbitraries.opportunityLines(), DomainArbitraries.ticketLines(),
                DomainArbitraries.customerViews()));
    }

    @Provide
    Arbitrary<Pipeline> pipelines() {
        return DomainArbitraries.pipelines();
    }

    @Provide
    Arbitrary<Tuple2<Pipeline, Opportunity>> dealsInPipelines() {
        return DomainArbitraries.pipelines().flatMap(p -> DomainArbitraries.opportunities(p).map(o -> Tuple.of(p, o)));
    }

    @Provide
    Arbitrary<Purchase> purchases() {
        return DomainArbitraries.purchases();
    }

    @Provide
    Arbitrary<Ticket> tickets() {
        return DomainArbitraries.tickets();
    }

    @Provide
    Arbitrary<SurveyAnswer> surveyAnswers() {
        return DomainArbitraries.surveyAnswers();
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return DomainArbitraries.decimals();
    }
}

