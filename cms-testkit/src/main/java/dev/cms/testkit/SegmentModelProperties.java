package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Principal;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageId;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random rules over random data: for each {@link SegmentScenario} the data is stored through the public API of a
 * {@link Cms} over the store under test, and for every generated rule the members (read page by page), the count, and
 * {@code matches} and {@code explain} for every customer must agree with the {@link ReferenceRuleEvaluator}, an
 * independent evaluator over the test's own record of what it stored ({@link ReferenceWorld}). Rules cover every
 * field, operator, value type, metric kind, static lists and saved segments ({@link RuleArbitraries}), with text values
 * that a careless SQL translation would mangle.
 *
 * <p>An adapter module extends this class in its test sources and implements {@link #newPersistence()}; each try runs
 * on a fresh store. When the property fails, jqwik reports the shrunk scenario; its rules name lists and segments by
 * the placeholder ids of {@link RuleArbitraries#LISTS} and {@link RuleArbitraries#SEGMENTS}.
 */
public abstract class SegmentModelProperties implements AdapterUnderTest {
    /** Every operator, by JSON name: the property's rules must have used each. */
    private static final List<String> OPERATORS = java.util.Arrays.stream(dev.cms.core.segment.Operator.values())
            .map(dev.cms.core.segment.Operator::jsonName).toList();

    /** For subclasses. */
    protected SegmentModelProperties() {
    }

    /**
     * Checks one scenario and reports which fields, metrics and operators its rules used, and how many customers
     * they matched; over all tries every field, metric kind and operator must have been used, and rules must have
     * matched some but not all customers.
     *
     * @param scenario the data and rules
     */
    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(label = "subjects")
    @StatisticsReport(label = "operators")
    @StatisticsReport(label = "results")
    public void membersCountAndMatchesAgreeWithTheReferenceEvaluator(@ForAll("scenarios") SegmentScenario scenario) {
        List<Integer> sizes = check(scenario);
        for (Rule rule : scenario.rules()) {
            leaves(rule, leaf -> {
                Statistics.label("subjects").collect(subject(leaf));
                operator(leaf).ifPresent(op -> Statistics.label("operators").collect(op));
            });
        }
        for (int size : sizes) {
            Statistics.label("results").collect(size == 0 ? "none" : size == scenario.customers().size() ? "all" : "some");
        }
        Statistics.label("subjects").coverage(coverage -> {
            for (String field : List.of("kind", "name", "givenName", "familyName", "email", "emailDomain", "phone",
                    "country", "city", "lifecycleStage", "owner", "leadSource", "preferredChannel", "tags", "createdAt",
                    "updatedAt", "birthDate", "birthday", "consent.email", "consent.sms", "consent.phone", "consent.post",
                    "leadScore", "attribute.nickname", "attribute.seats", "attribute.active", "attribute.renewal",
                    "attribute.budget", "attribute.plan")) {
                coverage.check(field).count(n -> n > 0);
            }
            for (dev.cms.core.segment.MetricKind kind : dev.cms.core.segment.MetricKind.values()) {
                coverage.check("metric " + kind.jsonName()).count(n -> n > 0);
            }
            coverage.check("in list").count(n -> n > 0);
            coverage.check("in segment").count(n -> n > 0);
        });
        Statistics.label("operators").coverage(coverage -> OPERATORS.forEach(op -> coverage.check(op).count(n -> n > 0)));
        Statistics.label("results").coverage(coverage -> coverage.check("some").count(n -> n > 0));
    }

    /**
     * The scenarios the property runs; public so that a test can run them against a deliberately broken store.
     *
     * @return {@link RuleArbitraries#scenarios()}
     */
    @Provide
    public Arbitrary<SegmentScenario> scenarios() {
        return RuleArbitraries.scenarios();
    }

    /**
     * Stores the scenario's data on a fresh store from {@link #newPersistence()} and checks each of its rules:
     * members read in pages of {@link SegmentScenario#pageSize()}, the count, and for every customer {@code matches}
     * and {@code explain}, against the {@link ReferenceRuleEvaluator}; then the members and count of both saved
     * segments. What {@link #membersCountAndMatchesAgreeWithTheReferenceEvaluator} does for each try.
     *
     * @param scenario the data and rules
     * @return how many customers each rule of the scenario matched, in order
     * @throws AssertionError naming the rule, if the store and the reference disagree
     */
    public List<Integer> check(SegmentScenario scenario) {
        PersistenceProvider store = newPersistence();
        MutableClock clock = MutableClock.at(scenario.now());
        CmsScope alice = Cms.builder().persistence(store).clock(clock).zone(scenario.zone()).build()
                .as(Principal.of("alice"));
        ReferenceWorld world = new ReferenceWorld();
        for (AttributeDefinition attribute : RuleArbitraries.ATTRIBUTES) {
            alice.customers().defineAttribute(attribute);
            world.attribute(attribute);
        }
        List<Customer> customers = storeCustomers(scenario, alice, clock, world);
        clock.set(scenario.now());
        storeLeadScores(scenario, store, customers, world);
        Map<StaticListId, StaticListId> lists = storeLists(scenario, alice, customers, world);
        if (!customers.isEmpty()) {
            StageId proposal = alice.pipelines().defaultPipeline().stages().stream()
                    .filter(s -> s.name().equals("Proposal")).map(Stage::id).findFirst().orElseThrow();
            for (SegmentScenario.FactPlan fact : scenario.facts()) {
                storeFact(alice, world, customers.get(fact.customer() % customers.size()).id(), fact, proposal);
            }
        }
        Map<SegmentId, SegmentId> segments = new HashMap<>();
        for (int k = 0; k < RuleArbitraries.SEGMENTS.size(); k++) {
            Rule rule = RuleArbitraries.bind(scenario.savedRules().get(k), lists, segments);
            Segment saved = alice.segments().create(SegmentDefinition.of("segment " + k, rule));
            segments.put(RuleArbitraries.SEGMENTS.get(k), saved.id());
            world.segment(saved.id(), rule);
        }

        ReferenceRuleEvaluator reference = new ReferenceRuleEvaluator(world, scenario.now(), scenario.zone());
        String where = " in " + scenario.zone() + " at " + scenario.now() + " over " + world;
        List<Integer> sizes = new ArrayList<>();
        for (Rule generated : scenario.rules()) {
            Rule rule = RuleArbitraries.bind(generated, lists, segments);
            List<CustomerId> expected = reference.members(rule);
            sizes.add(expected.size());
            assertThat(allMembers(alice, rule, scenario.pageSize(), customers.size()))
                    .as("segments().members(%s) read in pages of %d%s", rule, scenario.pageSize(), where)
                    .containsExactlyElementsOf(expected);
            assertThat(alice.segments().count(rule)).as("segments().count(%s)%s", rule, where).isEqualTo(expected.size());
            for (Customer customer : customers) {
                boolean member = expected.contains(customer.id());
                assertThat(alice.segments().matches(customer.id(), rule))
                        .as("segments().matches(%s, %s)%s", customer.id(), rule, where).isEqualTo(member);
                assertThat(alice.segments().explain(customer.id(), rule).matched())
                        .as("segments().explain(%s, %s).matched()%s", customer.id(), rule, where).isEqualTo(member);
            }
        }
        for (SegmentId segment : segments.values()) {
            List<CustomerId> expected = reference.members(Rule.inSegment(segment));
            List<CustomerId> found = new ArrayList<>();
            Page<Customer> page = alice.segments().members(segment, PageRequest.first(PageRequest.MAX_SIZE));
            page.items().forEach(c -> found.add(c.id()));
            assertThat(found).as("segments().members(segment %s)%s", world.segmentRule(segment), where)
                    .containsExactlyElementsOf(expected);
            assertThat(alice.segments().count(segment)).as("segments().count(segment %s)%s", world.segmentRule(segment), where)
                    .isEqualTo(expected.size());
        }
        return sizes;
    }

    private static List<Customer> storeCustomers(SegmentScenario scenario, CmsScope alice, MutableClock clock,
                                                 ReferenceWorld world) {
        List<Customer> customers = new ArrayList<>();
        for (SegmentScenario.CustomerPlan plan : scenario.customers()) {
            clock.set(plan.createdAt());
            Customer customer = alice.customers().create(plan.profile());
            if (plan.touchedAt().isPresent()) {
                clock.set(plan.touchedAt().get());
                customer = alice.customers().update(customer, b -> b.tag("touched"));
            }
            customers.add(customer);
            world.customer(customer);
        }
        return customers;
    }

    /** Lead scores go straight through the port, so they are exactly the scenario's (a scoring model would compute them). */
    private static void storeLeadScores(SegmentScenario scenario, PersistenceProvider store, List<Customer> customers,
                                        ReferenceWorld world) {
        for (int i = 0; i < customers.size(); i++) {
            CustomerId id = customers.get(i).id();
            Optional<BigDecimal> score = scenario.customers().get(i).leadScore();
            if (score.isPresent()) {
                store.transactions().inTransaction(() -> {
                    store.leadScores().save(new LeadScore(id, score.get(), scenario.now()));
                    return null;
                });
                world.leadScore(id, score.get());
            }
        }
    }

    private static Map<StaticListId, StaticListId> storeLists(SegmentScenario scenario, CmsScope alice,
                                                              List<Customer> customers, ReferenceWorld world) {
        Map<StaticListId, StaticListId> lists = new HashMap<>();
        for (int k = 0; k < RuleArbitraries.LISTS.size(); k++) {
            StaticList list = alice.lists().create("list " + k, Optional.empty());
            lists.put(RuleArbitraries.LISTS.get(k), list.id());
            world.list(list.id());
            List<CustomerId> members = new ArrayList<>();
            for (int i = 0; i < customers.size(); i++) {
                if (scenario.customers().get(i).lists().contains(k)) {
                    members.add(customers.get(i).id());
                }
            }
            if (!members.isEmpty()) {
                alice.lists().add(list.id(), members);
                world.addToList(list.id(), members);
            }
        }
        return lists;
    }

    private static final Set<TicketStatus> OPEN_TICKETS = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING);

    private static void storeFact(CmsScope alice, ReferenceWorld world, CustomerId customer, SegmentScenario.FactPlan fact,
                                  StageId proposal) {
        if (fact instanceof SegmentScenario.PurchasePlan p) {
            Purchase purchase = alice.purchases().record(PurchaseDetails.of(customer, p.occurredAt(), p.total()));
            int index = world.purchase(new ReferenceWorld.PurchaseFact(customer, p.occurredAt(), p.total(),
                    Money.zero(p.total().currency())));
            Money unit = Money.of(BigDecimal.ONE, p.total().currency());
            if (p.refund() == SegmentScenario.Refund.PARTIAL && p.total().compareTo(unit) > 0) {
                alice.purchases().refund(purchase.id(), purchase.version(), unit);
                world.refunded(index, unit);
            } else if (p.refund() == SegmentScenario.Refund.FULL && !p.total().isZero()) {
                alice.purchases().refund(purchase.id(), purchase.version(), p.total());
                world.refunded(index, p.total());
            }
        } else if (fact instanceof SegmentScenario.InteractionPlan i) {
            alice.interactions().log(customer, InteractionDetails.of(i.channel(), Direction.INBOUND, i.occurredAt()));
            world.interaction(new ReferenceWorld.InteractionFact(customer, i.channel(), i.occurredAt()));
        } else if (fact instanceof SegmentScenario.DealPlan d) {
            OpportunityDetails details = OpportunityDetails.of(customer, "deal", d.amount());
            if (d.probability().isPresent()) {
                details = details.withProbability(d.probability().get());
            }
            Opportunity deal = alice.opportunities().create(details);
            // The default pipeline's stages, from PipelineService's Javadoc: Qualification 10 %, Proposal 50 %.
            int stageProbability = 10;
            switch (d.end()) {
                case PROPOSAL -> {
                    alice.opportunities().moveToStage(deal.id(), deal.version(), proposal);
                    stageProbability = 50;
                }
                case WON -> alice.opportunities().win(deal.id(), deal.version());
                case LOST -> alice.opportunities().lose(deal.id(), deal.version(), "lost");
                default -> {
                }
            }
            boolean open = d.end() == SegmentScenario.DealEnd.QUALIFICATION || d.end() == SegmentScenario.DealEnd.PROPOSAL;
            world.deal(new ReferenceWorld.DealFact(customer, d.amount(), d.probability().orElse(stageProbability), open));
        } else if (fact instanceof SegmentScenario.TicketPlan t) {
            Ticket ticket = alice.tickets().open(TicketDetails.of(customer, "ticket"));
            if (t.status() != TicketStatus.NEW) {
                alice.tickets().moveTo(ticket.id(), ticket.version(), t.status());
            }
            world.ticket(new ReferenceWorld.TicketFact(customer, OPEN_TICKETS.contains(t.status())));
        } else if (fact instanceof SegmentScenario.SurveyPlan s) {
            SurveyResponse response = alice.feedback().record(SurveyAnswer.of(customer, s.type(), s.score(), s.answeredAt()));
            world.survey(new ReferenceWorld.SurveyFact(customer, s.type(), s.score(), s.answeredAt(), response.id().value()));
        }
    }

    /** Every member, page by page, checking that no page is larger than asked and that the pages end. */
    private static List<CustomerId> allMembers(CmsScope alice, Rule rule, int size, int customers) {
        List<CustomerId> found = new ArrayList<>();
        Page<Customer> page = alice.segments().members(rule, PageRequest.first(size));
        for (int pages = 1; ; pages++) {
            assertThat(page.items().size()).as("items on page %d of %s", pages, rule).isLessThanOrEqualTo(size);
            page.items().forEach(c -> found.add(c.id()));
            if (page.next().isEmpty()) {
                return found;
            }
            assertThat(pages).as("pages of %s among %d customers", rule, customers).isLessThanOrEqualTo(customers);
            page = alice.segments().members(rule, PageRequest.after(page.next().get(), size));
        }
    }

    private static void leaves(Rule rule, java.util.function.Consumer<Rule> each) {
        if (rule instanceof Rule.All all) {
            all.rules().forEach(r -> leaves(r, each));
        } else if (rule instanceof Rule.Any any) {
            any.rules().forEach(r -> leaves(r, each));
        } else if (rule instanceof Rule.Not not) {
            leaves(not.rule(), each);
        } else {
            each.accept(rule);
        }
    }

    private static String subject(Rule leaf) {
        if (leaf instanceof Rule.FieldCondition f) {
            return f.field();
        }
        if (leaf instanceof Rule.MetricCondition m) {
            return "metric " + m.metric().kind().jsonName();
        }
        return leaf instanceof Rule.InList ? "in list" : "in segment";
    }

    private static Optional<String> operator(Rule leaf) {
        if (leaf instanceof Rule.FieldCondition f) {
            return Optional.of(f.operator().jsonName());
        }
        if (leaf instanceof Rule.MetricCondition m) {
            return Optional.of(m.operator().jsonName());
        }
        return Optional.empty();
    }
}
