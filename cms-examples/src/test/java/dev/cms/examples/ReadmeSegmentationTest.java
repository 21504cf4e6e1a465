package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Principal;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Explanation;
import dev.cms.core.segment.LeadScoringModel;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue.Span;
import dev.cms.core.segment.ScoreCard;
import dev.cms.core.segment.ScoringRule;
import dev.cms.core.segment.ScoringRun;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentService;
import dev.cms.core.segment.StaticList;
import dev.cms.persistence.memory.MemoryPersistence;
import dev.cms.testkit.MutableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the code samples of the README's section on segmentation, lists and lead scoring, and fails if a README block
 * and the code between the same-named markers below ever differ. Expected values are worked out by hand in comments.
 *
 * <p>The scene, on Monday 2026-03-02 at 10:00 in Berlin (the Cms zone): Ada (DE, tagged vip, a lead) bought for
 * 600 EUR ten days ago; Bob (DE, a lead) for 200 EUR ten days ago and was called five days ago; Carl (AT, a customer)
 * bought for 900 EUR ten days ago.
 */
class ReadmeSegmentationTest {
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "cms", "examples",
            "ReadmeSegmentationTest.java");

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private CmsScope scope;
    private Customer ada;
    private Customer bob;
    private Customer carl;

    @BeforeEach
    void scene() {
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).zone(ZoneId.of("Europe/Berlin")).build();
        scope = cms.as(Principal.of("alice"));
        ada = scope.customers().create(scope.customers().person("Ada", "Lovelace").stage(LifecycleStage.LEAD)
                .address(Address.inCountry("DE")).tag("vip")
                .consentGranted(ContactChannel.EMAIL, clock.instant(), "web form").build());
        bob = scope.customers().create(scope.customers().person("Bob", "Babbage").stage(LifecycleStage.LEAD)
                .address(Address.inCountry("DE")).build());
        carl = scope.customers().create(scope.customers().person("Carl", "Gauss").stage(LifecycleStage.CUSTOMER)
                .address(Address.inCountry("AT")).build());
        var tenDaysAgo = clock.instant().minus(Duration.ofDays(10));
        scope.purchases().record(PurchaseDetails.of(ada.id(), tenDaysAgo, Money.of("600.00", "EUR")));
        scope.purchases().record(PurchaseDetails.of(bob.id(), tenDaysAgo, Money.of("200.00", "EUR")));
        scope.purchases().record(PurchaseDetails.of(carl.id(), tenDaysAgo, Money.of("900.00", "EUR")));
        scope.interactions().log(bob.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND,
                clock.instant().minus(Duration.ofDays(5))));
    }

    @Test
    void segments_countSaveListAndExplain() {
        // readme:segments:begin
        SegmentService segments = scope.segments();
        Rule bigSpendersNotCalled = Rule.all(
                Rule.field("country").eq("DE"),
                Rule.metric(Metric.totalSpend(Money.currency("EUR")).within(Span.days(90))).gt(500),
                Rule.not(Rule.metric(Metric.interactionCount().on(Channel.CALL).within(Span.days(30))).gt(0)));
        long howMany = segments.count(bigSpendersNotCalled);                        // 1: Ada
        Segment saved = segments.create(SegmentDefinition.of("DE big spenders", bigSpendersNotCalled));
        Page<Customer> members = segments.members(saved.id(), PageRequest.first(50)); // ordered by id
        Explanation why = segments.explain(bob.id(), bigSpendersNotCalled);         // which leaf kept Bob out
        // readme:segments:end

        // Ada: DE, 600 > 500, no call. Bob: DE but 200 <= 500, and called 5 days ago. Carl: AT.
        assertThat(howMany).isEqualTo(1);
        assertThat(members.items()).extracting(Customer::id).containsExactly(ada.id());
        assertThat(why.matched()).isFalse();
        assertThat(why.parts()).extracting(Explanation::matched).containsExactly(true, false, false);
        assertThat(why.parts().get(1).observed()).hasValue("200.00");  // the spend, in EUR
        assertThat(why.parts().get(2).parts().get(0).observed()).hasValue("1");
    }

    @Test
    void lists_holdHandPickedCustomers_andRulesCombineThem() {
        // readme:lists:begin
        StaticList fair = scope.lists().create("Trade fair 2026", Optional.empty());
        scope.lists().add(fair.id(), List.of(ada.id(), carl.id()));  // unknown ids: ValidationException, nothing added
        long dach = scope.segments().count(Rule.all(Rule.inList(fair.id()), Rule.field("country").in("DE", "AT")));
        // readme:lists:end

        assertThat(dach).isEqualTo(2);
        assertThat(scope.lists().count(fair.id())).isEqualTo(2);
        assertThat(scope.lists().contains(fair.id(), bob.id())).isFalse();
    }

    @Test
    void leadScoring_explainsAndStoresScores_andMovesQualifiedLeadsOn() {
        // readme:scoring:begin
        LeadScoringModel model = new LeadScoringModel("fit and engagement", List.of(
                ScoringRule.of("in DACH", Rule.field("country").in("DE", "AT", "CH"), 10),
                ScoringRule.of("VIP", Rule.field("tags").hasAny("vip"), 25),
                new ScoringRule("called lately", Rule.metric(Metric.interactionCount().on(Channel.CALL)
                        .within(Span.days(90))).gte(1), new BigDecimal("20"), Optional.empty()).decaying(30)),
                new BigDecimal("30"), Set.of(LifecycleStage.LEAD));
        ScoreCard bobsCard = scope.leadScoring().explain(model, bob.id());  // 10 + 20 x 0.5^(5/30) = 27.82
        ScoringRun run = scope.leadScoring().rescoreAll(model, Optional.empty());  // Ada: 35, qualified, now an MQL
        long hot = scope.segments().count(Rule.field("leadScore").gte(30));        // 1
        // readme:scoring:end

        // 0.5^(1/6) = 0.890898718..., x 20 = 17.8180, + 10 = 27.8180 -> 27.82. Carl: 10. Ada: 10 + 25 = 35.
        assertThat(bobsCard.score()).isEqualByComparingTo("27.82");
        assertThat(bobsCard.qualified()).isFalse();
        assertThat(run.scored()).isEqualTo(3);
        assertThat(run.qualified()).isEqualTo(1);
        assertThat(run.promoted()).isEqualTo(1);
        assertThat(scope.customers().get(ada.id()).profile().lifecycleStage()).isEqualTo(LifecycleStage.MARKETING_QUALIFIED_LEAD);
        assertThat(hot).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"segments", "lists", "scoring"})
    void readme_showsExactlyTheCodeThisTestRuns(String block) throws IOException {
        ReadmeBlocks.assertReadmeShows(block, THIS_SOURCE);
    }
}
