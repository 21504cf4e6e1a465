package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cms.core.NotFoundException;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.segment.LeadScoringModel;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue.Span;
import dev.cms.core.segment.ScoreCard;
import dev.cms.core.segment.ScoreContribution;
import dev.cms.core.segment.ScoringRule;
import dev.cms.core.segment.ScoringRun;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Lead scoring through the public API: points per matching rule, negative points, decay of behavioural points,
 * the threshold, stored scores as the {@code leadScore} rule field, and promotion of qualified leads.
 */
public abstract class LeadScoringContract extends CmsContractSupport {
    /** For subclasses. */
    protected LeadScoringContract() {
    }

    private static final ScoringRule GERMANY = ScoringRule.of("lives in Germany", Rule.field("country").eq("DE"), 10);
    private static final ScoringRule VIP = ScoringRule.of("tagged vip", Rule.field("tags").hasAny("vip"), 25);
    private static final ScoringRule COMPETITOR = ScoringRule.of("works for a competitor",
            Rule.field("emailDomain").eq("competitor.example"), -50);

    private static LeadScoringModel model(ScoringRule... rules) {
        return new LeadScoringModel("fit", List.of(rules), new BigDecimal("30"), Set.of(LifecycleStage.LEAD));
    }

    private Customer lead(String family, String country, String email, String... tags) {
        CustomerProfile.Builder b = CustomerProfile.person("Test", family).stage(LifecycleStage.LEAD)
                .address(Address.inCountry(country)).email(email);
        if (tags.length > 0) {
            b.tag(tags);
        }
        return alice.customers().create(b.build());
    }

    @Test
    void explain_sumsThePointsOfMatchingRules_includingNegativeOnes() {
        Customer ada = lead("Ada", "DE", "ada@example.org", "vip");
        Customer carol = lead("Carol", "FR", "carol@competitor.example", "vip");

        ScoreCard adaCard = alice.leadScoring().explain(model(GERMANY, VIP, COMPETITOR), ada.id());
        ScoreCard carolCard = alice.leadScoring().explain(model(GERMANY, VIP, COMPETITOR), carol.id());

        // Ada: 10 (Germany) + 25 (vip) = 35 >= 30. Carol: 25 (vip) - 50 (competitor) = -25.
        assertThat(adaCard.score()).isEqualByComparingTo("35");
        assertThat(adaCard.qualified()).isTrue();
        assertThat(adaCard.contributions()).extracting(ScoreContribution::matched).containsExactly(true, true, false);
        assertThat(carolCard.score()).isEqualByComparingTo("-25");
        assertThat(carolCard.qualified()).isFalse();
        assertThat(carolCard.contributions()).extracting(c -> c.points().stripTrailingZeros().toPlainString())
                .containsExactly("0", "25", "-50");
        assertThat(alice.leadScoring().find(ada.id())).as("explain stores nothing").isEmpty();
    }

    @Test
    void rescoreAll_storesScores_promotesQualifiedLeads_andTheScoreIsARuleField() {
        Customer ada = lead("Ada", "DE", "ada@example.org", "vip");
        Customer bob = lead("Bob", "DE", "bob@example.org");
        Customer carol = lead("Carol", "FR", "carol@competitor.example", "vip");

        ScoringRun run = alice.leadScoring().rescoreAll(model(GERMANY, VIP, COMPETITOR), Optional.empty());

        assertThat(run.scored()).isEqualTo(3);
        assertThat(run.qualified()).isEqualTo(1);
        assertThat(run.promoted()).isEqualTo(1);
        assertThat(alice.customers().get(ada.id()).profile().lifecycleStage()).isEqualTo(LifecycleStage.MARKETING_QUALIFIED_LEAD);
        assertThat(alice.customers().get(bob.id()).profile().lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(alice.leadScoring().find(bob.id()).orElseThrow().score()).isEqualByComparingTo("10");
        assertThat(alice.leadScoring().find(carol.id()).orElseThrow().score()).isEqualByComparingTo("-25");
        assertThat(alice.leadScoring().find(ada.id()).orElseThrow().scoredAt()).isEqualTo(START);

        List<CustomerId> hot = alice.segments().members(Rule.field("leadScore").gte(10), PageRequest.first(10))
                .items().stream().map(Customer::id).toList();
        assertThat(hot).containsExactlyInAnyOrder(ada.id(), bob.id());
        assertThat(alice.segments().count(Rule.field("leadScore").isNotSet())).isZero();
    }

    @Test
    void rescoreAll_withAPopulation_scoresOnlyItsMembers() {
        Customer ada = lead("Ada", "DE", "ada@example.org", "vip");
        Customer carol = lead("Carol", "FR", "carol@competitor.example", "vip");

        ScoringRun run = alice.leadScoring().rescoreAll(model(GERMANY, VIP), Optional.of(Rule.field("country").eq("FR")));

        assertThat(run.scored()).isEqualTo(1);
        assertThat(alice.leadScoring().find(carol.id())).isPresent();
        assertThat(alice.leadScoring().find(ada.id())).isEmpty();
    }

    @Test
    void decayingRule_countsTheLatestEventsPointsHalvedPerHalfLife() {
        Customer ada = lead("Ada", "DE", "ada@example.org");
        ScoringRule opened = new ScoringRule("e-mail in the last 90 days",
                Rule.metric(Metric.interactionCount().on(Channel.EMAIL).within(Span.days(90))).gte(1),
                new BigDecimal("20"), Optional.empty()).decaying(30);
        LeadScoringModel model = model(opened);
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.INBOUND, START.minus(Duration.ofDays(60))));

        // 60 days old with a 30-day half-life: 20 * 0.5^2 = 5.
        ScoreCard sixtyDaysOld = alice.leadScoring().explain(model, ada.id());
        assertThat(sixtyDaysOld.score()).isEqualByComparingTo("5.00");
        assertThat(sixtyDaysOld.contributions().get(0).decayFactor()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.25"));

        // A call today does not refresh an e-mail rule; an e-mail today does: the latest counted event decides.
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, START));
        assertThat(alice.leadScoring().explain(model, ada.id()).score()).isEqualByComparingTo("5.00");
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.INBOUND, START));
        assertThat(alice.leadScoring().explain(model, ada.id()).score()).isEqualByComparingTo("20.00");

        // After 91 days without e-mail the rule no longer matches at all.
        clock.advance(Duration.ofDays(91));
        assertThat(alice.leadScoring().explain(model, ada.id()).score()).isEqualByComparingTo("0");
    }

    @Test
    void decay_onARuleThatIsNotAnEventMetric_isRefused() {
        assertThatThrownBy(() -> GERMANY.decaying(30))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.path()).isEqualTo("decay")));
    }

    @Test
    void model_withAStageThatHasNoNextStage_isRefused() {
        assertThatThrownBy(() -> new LeadScoringModel("m", List.of(GERMANY), BigDecimal.TEN, Set.of(LifecycleStage.CHURNED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.path()).isEqualTo("promotable")));
    }

    @Test
    void explain_forAnUnknownCustomer_isNotFound() {
        assertThatThrownBy(() -> alice.leadScoring().explain(model(GERMANY), CustomerId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void explain_withAnInvalidRule_reportsThePath() {
        ScoringRule bad = ScoringRule.of("bad", Rule.field("nope").eq("x"), 1);
        Customer ada = lead("Ada", "DE", "ada@example.org");
        assertThatThrownBy(() -> alice.leadScoring().explain(model(bad), ada.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.path()).isEqualTo("field")));
    }
}
