package dev.cms.core.internal;

import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.LeadScoringModel;
import dev.cms.core.segment.LeadScoringService;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.segment.RuleEvaluator;
import dev.cms.core.segment.ScoreCard;
import dev.cms.core.segment.ScoreContribution;
import dev.cms.core.segment.ScoringRule;
import dev.cms.core.segment.ScoringRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Lead scoring over the segmentation evaluator, reading each customer's facts through the ports. */
public final class DefaultLeadScoringService implements LeadScoringService {
    private static final int PAGE = 200;

    private final ServiceContext ctx;
    private final DefaultSegmentService segments;
    private final DefaultCustomerService customers;

    /**
     * @param ctx       the acting principal and the store
     * @param segments  resolves and validates rules
     * @param customers moves qualified customers on
     */
    public DefaultLeadScoringService(ServiceContext ctx, DefaultSegmentService segments, DefaultCustomerService customers) {
        this.ctx = ctx;
        this.segments = segments;
        this.customers = customers;
    }

    /** The model's rules compiled once for one instant. */
    private final class Compiled {
        final LeadScoringModel model;
        final RuleContext context;
        final List<RuleEvaluator> evaluators = new ArrayList<>();

        Compiled(LeadScoringModel model) {
            this.model = model;
            this.context = segments.context();
            FieldRegistry fields = segments.fields();
            for (ScoringRule rule : model.rules()) {
                evaluators.add(RuleEvaluator.compile(segments.resolve(rule.rule(), fields, Optional.empty()), context, fields));
            }
        }

        ScoreCard card(Customer customer) {
            StoreFacts facts = new StoreFacts(ctx.store(), customer);
            List<ScoreContribution> parts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < model.rules().size(); i++) {
                ScoringRule rule = model.rules().get(i);
                boolean matched = evaluators.get(i).matches(facts);
                Optional<BigDecimal> factor = matched && rule.decay().isPresent()
                        ? Optional.of(rule.decay().get().factor(ageOfLatestEvent((Rule.MetricCondition) rule.rule(), facts)))
                        : Optional.empty();
                BigDecimal points = !matched ? BigDecimal.ZERO : rule.points().multiply(factor.orElse(BigDecimal.ONE));
                total = total.add(points);
                parts.add(new ScoreContribution(rule, matched, factor, points));
            }
            BigDecimal score = total.setScale(2, RoundingMode.HALF_EVEN);
            return new ScoreCard(customer.id(), score, score.compareTo(model.threshold()) >= 0, parts);
        }

        /** Days from the latest event the metric counts to today; 0 when there is none (the rule did not need one). */
        private long ageOfLatestEvent(Rule.MetricCondition condition, StoreFacts facts) {
            Metric metric = condition.metric();
            RuleContext.DateRange window = context.window(metric.window());
            Instant from = window.fromInstant(context).orElse(Instant.MIN);
            Instant until = window.untilInstant(context).orElse(Instant.MAX);
            Instant latest = null;
            boolean interactions = metric.kind() == MetricKind.INTERACTION_COUNT
                    || metric.kind() == MetricKind.DAYS_SINCE_LAST_INTERACTION;
            if (interactions) {
                for (Interaction i : facts.interactions()) {
                    Instant at = i.details().occurredAt();
                    if (metric.channel().map(c -> c == i.details().channel()).orElse(true)
                            && !at.isBefore(from) && at.isBefore(until) && (latest == null || at.isAfter(latest))) {
                        latest = at;
                    }
                }
            } else {
                for (Purchase p : facts.purchases()) {
                    Instant at = p.details().occurredAt();
                    if (p.status() != PurchaseStatus.REFUNDED
                            && metric.currency().map(c -> c.equals(p.details().total().currency())).orElse(true)
                            && !at.isBefore(from) && at.isBefore(until) && (latest == null || at.isAfter(latest))) {
                        latest = at;
                    }
                }
            }
            return latest == null ? 0 : ChronoUnit.DAYS.between(context.dateOf(latest), context.today());
        }
    }

    @Override
    public ScoreCard explain(LeadScoringModel model, CustomerId customer) {
        Objects.requireNonNull(model, "model");
        ctx.check(Action.READ, ResourceType.LEAD_SCORE);
        return new Compiled(model).card(load(customer));
    }

    @Override
    public ScoreCard rescore(LeadScoringModel model, CustomerId customer) {
        Objects.requireNonNull(model, "model");
        ctx.check(Action.WRITE, ResourceType.LEAD_SCORE);
        Compiled compiled = new Compiled(model);
        return ctx.work().write(() -> {
            ScoreCard card = compiled.card(load(customer));
            ctx.store().leadScores().save(new LeadScore(customer, card.score(), compiled.context.now()));
            return card;
        });
    }

    @Override
    public ScoringRun rescoreAll(LeadScoringModel model, Optional<Rule> population) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(population, "population");
        ctx.check(Action.WRITE, ResourceType.LEAD_SCORE);
        Compiled compiled = new Compiled(model);
        long scored = 0;
        long qualified = 0;
        long promoted = 0;
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            PageRequest current = request;
            Page<Customer> page = population.isPresent() ? segments.members(population.get(), current)
                    : customers.list(current);
            long[] counts = ctx.work().write(() -> {
                long[] c = new long[3];
                for (Customer customer : page.items()) {
                    ScoreCard card = compiled.card(customer);
                    ctx.store().leadScores().save(new LeadScore(customer.id(), card.score(), compiled.context.now()));
                    c[0]++;
                    if (card.qualified()) {
                        c[1]++;
                        LifecycleStage stage = customer.profile().lifecycleStage();
                        if (model.promotable().contains(stage)) {
                            customers.update(customer, b -> b.stage(stage.next().orElseThrow()));
                            c[2]++;
                        }
                    }
                }
                return c;
            });
            scored += counts[0];
            qualified += counts[1];
            promoted += counts[2];
            if (page.next().isEmpty()) {
                return new ScoringRun(scored, qualified, promoted);
            }
            request = PageRequest.after(page.next().get(), PAGE);
        }
    }

    @Override
    public Optional<LeadScore> find(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        ctx.check(Action.READ, ResourceType.LEAD_SCORE);
        ctx.checkCustomer(Action.READ, ResourceType.CUSTOMER, customer);
        return ctx.store().leadScores().find(customer);
    }

    private Customer load(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return ctx.read(ResourceType.CUSTOMER, () -> ctx.store().customers().findById(customer), Customer::id)
                .orElseThrow(() -> new NotFoundException("customer", customer.toString()));
    }
}
