package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Principal;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.json.RuleJson;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.segment.LeadScoringModel;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.ScoringRule;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.support.TicketDetails;
import dev.cms.persistence.memory.MemoryPersistence;
import dev.cms.testkit.MutableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the README's section on the rule JSON format: each JSON block is read from README.md, compared with the same
 * rule built with the Java API, and run on the memory adapter against customers that just match it and customers
 * that each miss exactly one of its conditions; the error example must fail with exactly the violations the README
 * prints; and the Java snippet is the code between the markers below.
 */
class ReadmeRuleJsonTest {
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "cms", "examples", "ReadmeRuleJsonTest.java");
    /** The id the README's third rule uses for the "do not contact" list. */
    private static final String README_LIST_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a60";

    /** Monday 2026-03-02 09:00 UTC; the Cms runs in UTC, so today is 2026-03-02. */
    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).build();
    private final CmsScope scope = cms.as(Principal.of("alice", "sales"));

    private Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    private Customer create(CustomerProfile.Builder profile) {
        return scope.customers().create(profile.build());
    }

    private Set<CustomerId> members(Rule rule) {
        return scope.segments().members(rule, PageRequest.first(100)).items().stream().map(Customer::id).collect(Collectors.toSet());
    }

    @Test
    void germanBuyers_readAsTheJavaRule_andSelectOnlyTheBuyerNobodyCalled() throws IOException {
        Rule java = Rule.all(
                Rule.field("lifecycleStage").eq("customer"),
                Rule.field("country").eq("DE"),
                Rule.metric(Metric.totalSpend(Money.currency("EUR")).within(RuleValue.Span.days(90))).gt(500),
                Rule.not(Rule.metric(Metric.interactionCount().on(Channel.CALL).within(RuleValue.Span.days(90))).gt(0)));
        UnaryOperator<CustomerProfile.Builder> germanCustomer = p -> p.stage(LifecycleStage.CUSTOMER).address(Address.inCountry("DE"));
        Customer ada = create(germanCustomer.apply(scope.customers().person("Ada", "Lovelace")));
        Customer called = create(germanCustomer.apply(scope.customers().person("Ben", "Called")));
        Customer austrian = create(scope.customers().person("Cleo", "Wien").stage(LifecycleStage.CUSTOMER).address(Address.inCountry("AT")));
        Customer exactly500 = create(germanCustomer.apply(scope.customers().person("Dan", "Fivehundred")));
        Customer lead = create(scope.customers().person("Eve", "Lead").address(Address.inCountry("DE")));
        for (Customer c : List.of(ada, called, austrian, lead)) {
            scope.purchases().record(PurchaseDetails.of(c.id(), daysAgo(30), Money.of("600.00", "EUR")));
        }
        // 500.00 is not more than 500; 900.00 bought 91 days ago lies outside the window (days 0 to 90 back).
        scope.purchases().record(PurchaseDetails.of(exactly500.id(), daysAgo(10), Money.of("500.00", "EUR")));
        scope.purchases().record(PurchaseDetails.of(exactly500.id(), daysAgo(91), Money.of("900.00", "EUR")));
        // A call long ago does not count; one 10 days ago does.
        scope.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, daysAgo(120)));
        scope.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, daysAgo(5)));
        scope.interactions().log(called.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, daysAgo(10)));

        Rule rule = RuleJson.read(ReadmeBlocks.block("rule-german-buyers", "json"), scope.segments().fields());

        assertThat(rule).isEqualTo(java);
        assertThat(members(rule)).containsExactly(ada.id());
    }

    @Test
    void birthdayLeads_readAsTheJavaRule_andSelectVipOrHighScoreLeadsWithConsentAndABirthdaySoon() throws IOException {
        Rule java = Rule.all(
                Rule.field("lifecycleStage").eq("lead"),
                Rule.any(Rule.field("tags").hasAny("vip"), Rule.field("leadScore").gte(80)),
                Rule.field("consent.email").eq("granted"),
                Rule.field("birthday").withinNext(RuleValue.Span.days(14)));
        // Today is 2026-03-02: a birthday on 16 March is the 14th day ahead, still in; 17 March is out.
        Customer vip = create(scope.customers().person("Vera", "Vip").tag("vip").birthDate(LocalDate.of(1990, 3, 16))
                .consentGranted(ContactChannel.EMAIL, clock.instant(), "signup-form"));
        Customer scored = create(scope.customers().person("Sam", "Scored").tag("engaged").birthDate(LocalDate.of(1985, 3, 2))
                .consentGranted(ContactChannel.EMAIL, clock.instant(), "signup-form"));
        Customer lowScore = create(scope.customers().person("Lou", "Low").tag("warm").birthDate(LocalDate.of(1985, 3, 5))
                .consentGranted(ContactChannel.EMAIL, clock.instant(), "signup-form"));
        Customer lateBirthday = create(scope.customers().person("Lars", "Late").tag("vip").birthDate(LocalDate.of(1990, 3, 17))
                .consentGranted(ContactChannel.EMAIL, clock.instant(), "signup-form"));
        Customer noConsent = create(scope.customers().person("Nina", "Noconsent").tag("vip").birthDate(LocalDate.of(1990, 3, 5)));
        Customer customer = create(scope.customers().person("Carl", "Customer").stage(LifecycleStage.CUSTOMER).tag("vip")
                .birthDate(LocalDate.of(1990, 3, 5)).consentGranted(ContactChannel.EMAIL, clock.instant(), "signup-form"));
        // Scores from a model: 80 points for the tag "engaged", 79.99 for "warm"; nobody is moved on to another stage.
        LeadScoringModel model = new LeadScoringModel("engagement", List.of(
                ScoringRule.of("engaged", Rule.field("tags").hasAny("engaged"), 80),
                new ScoringRule("warm", Rule.field("tags").hasAny("warm"), new BigDecimal("79.99"), Optional.empty())),
                new BigDecimal("100"), Set.of());
        scope.leadScoring().rescore(model, scored.id());
        scope.leadScoring().rescore(model, lowScore.id());

        Rule rule = RuleJson.read(ReadmeBlocks.block("rule-birthday-leads", "json"), scope.segments().fields());

        assertThat(rule).isEqualTo(java);
        assertThat(members(rule)).containsExactlyInAnyOrder(vip.id(), scored.id());
        assertThat(List.of(lowScore, lateBirthday, noConsent, customer)).extracting(Customer::id).doesNotContainAnyElementsOf(members(rule));
    }

    private static Rule keyAccounts(StaticListId doNotContact) {
        return Rule.all(
                Rule.field("kind").eq("organization"),
                Rule.metric(new Metric(MetricKind.OPEN_OPPORTUNITY_WEIGHTED_VALUE, Optional.empty(), Optional.empty(),
                        Optional.of(Money.currency("EUR")))).gt(10_000),
                Rule.metric(Metric.of(MetricKind.OPEN_TICKET_COUNT)).gte(1),
                Rule.not(Rule.inList(doNotContact)));
    }

    @Test
    void keyAccounts_readAsTheJavaRule_andSelectOrganizationsWithBigWeightedDealsAndATicket() throws IOException {
        StaticList doNotContact = scope.lists().create("Do not contact", Optional.empty());
        Pipeline sales = scope.pipelines().defaultPipeline();   // Proposal, the third open stage, is 50%
        Customer acme = create(scope.customers().organization("Acme GmbH"));
        Customer blocked = create(scope.customers().organization("Globex AG"));
        Customer noTicket = create(scope.customers().organization("Initech SE"));
        Customer even = create(scope.customers().organization("Umbrella KG"));
        Customer person = create(scope.customers().person("Paula", "Person"));
        // 20,002.00 x 50% = 10,001.00 is more than 10,000; 20,000.00 x 50% = 10,000.00 is not.
        for (Customer c : List.of(acme, blocked, noTicket, even, person)) {
            Money amount = Money.of(c == even ? "20000.00" : "20002.00", "EUR");
            Opportunity deal = scope.opportunities().create(OpportunityDetails.of(c.id(), "Platform", amount));
            scope.opportunities().moveToStage(deal.id(), deal.version(), sales.openStages().get(2).id());
        }
        for (Customer c : List.of(acme, blocked, even, person)) {
            scope.tickets().open(TicketDetails.of(c.id(), "Dashboard shows an error"));
        }
        scope.lists().add(doNotContact.id(), List.of(blocked.id()));
        String json = ReadmeBlocks.block("rule-key-accounts", "json");

        Rule rule = RuleJson.read(json.replace(README_LIST_ID, doNotContact.id().toString()), scope.segments().fields());

        assertThat(RuleJson.read(json)).isEqualTo(keyAccounts(StaticListId.parse(README_LIST_ID)));
        assertThat(rule).isEqualTo(keyAccounts(doNotContact.id()));
        assertThat(members(rule)).containsExactly(acme.id());
    }

    @Test
    void errorExample_failsWithExactlyTheViolationsTheReadmePrints() throws IOException {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleJson.read(ReadmeBlocks.block("rule-errors", "json")));

        assertThat(e).isNotNull();
        assertThat(e.violations().stream().map(v -> v.path() + ": " + v.reason()).collect(Collectors.joining("\n", "", "\n")))
                .isEqualTo(ReadmeBlocks.block("rule-errors-output", "text"));
    }

    @Test
    void javaSnippet_readsValidatesAndWritesBack() throws IOException {
        String json = ReadmeBlocks.block("rule-german-buyers", "json");

        // readme:rule-json:begin
        Rule rule = RuleJson.read(json, scope.segments().fields());  // parsed and validated, or a ValidationException
        String text = RuleJson.write(rule);                          // compact, properties in the order shown below
        // readme:rule-json:end

        assertThat(text).isEqualTo(json.lines().map(String::strip).map(line -> line.replace("\": ", "\":").replace(", \"", ",\""))
                .collect(Collectors.joining()));
        assertThat(RuleJson.read(text)).isEqualTo(rule);
    }

    @Test
    void readme_showsExactlyTheJavaSnippetThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShows("rule-json", THIS_SOURCE);
    }
}
