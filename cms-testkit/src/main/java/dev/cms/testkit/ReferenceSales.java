package dev.cms.testkit;

import dev.cms.core.ConflictException;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.money.Money;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityCreated;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityLost;
import dev.cms.core.sales.OpportunityStageChanged;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.OpportunityWon;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineChanged;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sales part of the {@link ReferenceModel}: pipelines (created once at the start of a run and then only read),
 * deals with their stage history, and lead conversion. Written from the Javadoc of
 * {@link dev.cms.core.sales.OpportunityService} and {@link dev.cms.core.sales.PipelineService}.
 */
final class ReferenceSales {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReferenceModel model;
    private final Map<PipelineId, Pipeline> pipelines = new LinkedHashMap<>();
    private final Map<OpportunityId, Opportunity> deals = new LinkedHashMap<>();

    ReferenceSales(ReferenceModel model) {
        this.model = model;
    }

    // ---------------------------------------------------------------- pipelines

    /**
     * Records a pipeline the service created. The service chose the ids; everything else follows from the name and
     * the stages asked for.
     *
     * @param created   what the service returned
     * @param name      the name asked for
     * @param drafts    the stages asked for
     * @param isDefault whether it is the out-of-the-box pipeline
     * @return the pipeline the service must have returned
     */
    Pipeline pipelineCreated(Pipeline created, String name, List<StageDraft> drafts, boolean isDefault) {
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StageDraft d = drafts.get(i);
            // The service picks stage ids; a pipeline with another number of stages is wrong anyway, and the
            // comparison of the whole pipeline shows how.
            StageId id = i < created.stages().size() ? created.stages().get(i).id() : StageId.of(new java.util.UUID(0L, 100L + i));
            stages.add(new Stage(id, d.name(), d.probability(), d.kind()));
        }
        Pipeline expected = new Pipeline(created.id(), name, stages, isDefault, model.now(), model.now(), 0);
        pipelines.put(expected.id(), expected);
        model.publish(new PipelineChanged(expected, model.actor(), model.now()));
        return expected;
    }

    /** @return the pipelines in creation order: the default one first */
    List<Pipeline> pipelines() {
        return List.copyOf(pipelines.values());
    }

    Pipeline defaultPipeline() {
        return pipelines.values().stream().filter(Pipeline::defaultPipeline).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- deals

    /** @return the ids of the deals in creation order */
    List<OpportunityId> dealIds() {
        return List.copyOf(deals.keySet());
    }

    Optional<Opportunity> deal(OpportunityId id) {
        return Optional.ofNullable(deals.get(id));
    }

    /** @return whether the deal exists and is the customer's (what an interaction may link to) */
    boolean belongsTo(OpportunityId deal, CustomerId customer) {
        return deal(deal).filter(d -> d.details().customer().equals(customer)).isPresent();
    }

    /** A deal opens only for a known customer, in an open stage of a known pipeline. */
    Optional<ReferenceModel.Failure> createFailure(OpportunityDetails details, PipelineId pipeline, StageId stage) {
        if (model.customer(details.customer()).isEmpty() || !isOpenStageOf(pipeline, stage)) {
            return ReferenceModel.Failure.invalid();
        }
        return Optional.empty();
    }

    /** A new deal is open, version 0, with one history entry that records its creation (no previous stage). */
    Opportunity created(OpportunityId id, OpportunityDetails details, PipelineId pipeline, StageId stage) {
        Opportunity deal = new Opportunity(id, details, pipeline, stage, OpportunityStatus.OPEN, Optional.empty(),
                Optional.empty(), List.of(new StageChange(Optional.empty(), stage, model.now(), model.actor())),
                model.now(), model.now(), 0);
        deals.put(id, deal);
        model.publish(new OpportunityCreated(deal, model.actor(), model.now()));
        return deal;
    }

    /** A move needs the current version, an open deal and another open stage of its pipeline. */
    Optional<ReferenceModel.Failure> moveFailure(OpportunityId id, long expectedVersion, StageId stage) {
        return loadFailure(id, expectedVersion).or(() -> {
            Opportunity deal = deals.get(id);
            boolean legal = deal.status() == OpportunityStatus.OPEN && !deal.stage().equals(stage)
                    && isOpenStageOf(deal.pipeline(), stage);
            return legal ? Optional.empty() : ReferenceModel.Failure.invalid();
        });
    }

    Opportunity moved(OpportunityId id, StageId stage) {
        return move(id, stage, OpportunityStatus.OPEN, Optional.empty());
    }

    /** Winning and losing need the current version and an open deal. */
    Optional<ReferenceModel.Failure> closeFailure(OpportunityId id, long expectedVersion) {
        return loadFailure(id, expectedVersion).or(() -> deals.get(id).status() == OpportunityStatus.OPEN
                ? Optional.empty() : ReferenceModel.Failure.invalid());
    }

    /** Moves the deal to its pipeline's closed-won stage; publishes the move, then {@link OpportunityWon}. */
    Opportunity won(OpportunityId id) {
        Opportunity won = move(id, pipelines.get(deals.get(id).pipeline()).wonStage().id(), OpportunityStatus.WON, Optional.empty());
        model.publish(new OpportunityWon(won, Optional.empty(), model.actor(), model.now()));
        return won;
    }

    /**
     * Wins the deal and records its purchase: its line items (or just its amount) sold through direct sales now,
     * linked to the deal. Publishes the move, the purchase, then {@link OpportunityWon} naming the purchase.
     *
     * @param purchase the id the service gave the purchase
     * @return the won deal and the purchase the service must have returned
     */
    Map.Entry<Opportunity, Purchase> wonWithPurchase(OpportunityId id, PurchaseId purchase) {
        Opportunity won = move(id, pipelines.get(deals.get(id).pipeline()).wonStage().id(), OpportunityStatus.WON, Optional.empty());
        OpportunityDetails d = won.details();
        PurchaseDetails details = new PurchaseDetails(d.customer(), model.now(), d.amount(), d.lineItems(),
                SalesChannel.DIRECT_SALES, Optional.empty(), Optional.of(id));
        Purchase recorded = model.purchases().recorded(purchase, details);
        model.publish(new OpportunityWon(won, Optional.of(purchase), model.actor(), model.now()));
        return Map.entry(won, recorded);
    }

    /** Moves the deal to the closed-lost stage with the reason; publishes the move, then {@link OpportunityLost}. */
    Opportunity lost(OpportunityId id, String reason) {
        Opportunity lost = move(id, pipelines.get(deals.get(id).pipeline()).lostStage().id(), OpportunityStatus.LOST,
                Optional.of(reason.strip()));
        model.publish(new OpportunityLost(lost, model.actor(), model.now()));
        return lost;
    }

    /** Reopening needs the current version, a won or lost deal and an open stage of its pipeline. */
    Optional<ReferenceModel.Failure> reopenFailure(OpportunityId id, long expectedVersion, StageId stage) {
        return loadFailure(id, expectedVersion).or(() -> {
            Opportunity deal = deals.get(id);
            return deal.status() != OpportunityStatus.OPEN && isOpenStageOf(deal.pipeline(), stage)
                    ? Optional.empty() : ReferenceModel.Failure.invalid();
        });
    }

    Opportunity reopened(OpportunityId id, StageId stage) {
        return move(id, stage, OpportunityStatus.OPEN, Optional.empty());
    }

    /** Every move appends (from, to, now, actor) to the history and publishes {@link OpportunityStageChanged}. */
    private Opportunity move(OpportunityId id, StageId stage, OpportunityStatus status, Optional<String> lostReason) {
        Opportunity current = deals.get(id);
        List<StageChange> history = new ArrayList<>(current.history());
        history.add(new StageChange(Optional.of(current.stage()), stage, model.now(), model.actor()));
        Optional<java.time.Instant> closedAt = status == OpportunityStatus.OPEN ? Optional.empty() : Optional.of(model.now());
        Opportunity moved = new Opportunity(id, current.details(), current.pipeline(), stage, status, lostReason, closedAt,
                history, current.createdAt(), model.now(), current.version() + 1);
        deals.put(id, moved);
        model.publish(new OpportunityStageChanged(moved, current.stage(), stage, model.actor(), model.now()));
        return moved;
    }

    private Optional<ReferenceModel.Failure> loadFailure(OpportunityId id, long expectedVersion) {
        Opportunity deal = deals.get(id);
        if (deal == null) {
            return ReferenceModel.Failure.notFound();
        }
        return deal.version() == expectedVersion ? Optional.empty()
                : ReferenceModel.Failure.conflict(ConflictException.Reason.STALE_VERSION);
    }

    private boolean isOpenStageOf(PipelineId pipeline, StageId stage) {
        return Optional.ofNullable(pipelines.get(pipeline)).flatMap(p -> p.stage(stage))
                .filter(s -> s.kind() == StageKind.OPEN).isPresent();
    }

    /** @return the customer's deals of any status, newest first, ties by id descending */
    List<Opportunity> byCustomer(CustomerId customer) {
        return deals.values().stream().filter(d -> d.details().customer().equals(customer)).sorted(newestFirst()).toList();
    }

    /** @return the customer's open deals, newest first */
    List<Opportunity> openByCustomer(CustomerId customer) {
        return byCustomer(customer).stream().filter(d -> d.status() == OpportunityStatus.OPEN).toList();
    }

    /** @return the deals of the pipeline now in the stage, newest first */
    List<Opportunity> inStage(PipelineId pipeline, StageId stage) {
        return deals.values().stream().filter(d -> d.pipeline().equals(pipeline) && d.stage().equals(stage))
                .sorted(newestFirst()).toList();
    }

    /** @return the deal's win probability: 100 if won, 0 if lost, else its override or its stage's default */
    int probability(Opportunity deal) {
        if (deal.status() != OpportunityStatus.OPEN) {
            return deal.status() == OpportunityStatus.WON ? 100 : 0;
        }
        return deal.details().probability()
                .orElseGet(() -> pipelines.get(deal.pipeline()).stage(deal.stage()).orElseThrow().probability());
    }

    /** @return amount × probability / 100, rounded half-even to the currency's minor unit */
    Money weighted(Opportunity deal) {
        Money amount = deal.details().amount();
        BigDecimal exact = amount.amount().multiply(BigDecimal.valueOf(probability(deal))).divide(HUNDRED);
        return Money.of(exact.setScale(amount.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN), amount.currency());
    }

    private static Comparator<Opportunity> newestFirst() {
        return Comparator.comparing(Opportunity::createdAt)
                .thenComparing((Opportunity o) -> o.id().value(), ReferenceModel.UNSIGNED).reversed();
    }

    // ---------------------------------------------------------------- lead conversion

    /**
     * A conversion needs a known customer in a funnel stage before "customer"; a new organization must not take
     * an external id another customer holds; only a person can be linked to an organization; an existing
     * organization must be another customer, and an organization. Whatever fails, nothing is left behind.
     */
    Optional<ReferenceModel.Failure> convertFailure(CustomerId leadId, LeadConversion conversion) {
        Optional<Customer> lead = model.customer(leadId);
        if (lead.isEmpty()) {
            return ReferenceModel.Failure.notFound();
        }
        if (!isLead(leadId)) {
            return ReferenceModel.Failure.invalid();
        }
        // The organization is created before the lead is linked to it, so its conflict is the one reported.
        Optional<ReferenceModel.Failure> organization = conversion.newOrganization().flatMap(model::createCustomerFailure);
        if (organization.isPresent()) {
            return organization;
        }
        boolean linksOrganization = conversion.newOrganization().isPresent() || conversion.existingOrganization().isPresent();
        if (linksOrganization && lead.get().kind() != CustomerKind.PERSON) {
            return ReferenceModel.Failure.invalid();
        }
        if (conversion.newOrganization().isPresent()) {
            return Optional.empty();
        }
        // The lead's profile changes (and is checked like any changed profile) unless it already is what it becomes;
        // then even an affiliation that has gone bad since (its organization became a person) is left alone.
        CustomerProfile.Builder next = lead.get().profile().toBuilder().stage(conversion.targetStage());
        conversion.existingOrganization().ifPresent(o -> next.worksAt(o, conversion.jobTitle().orElse(null)));
        CustomerProfile profile = next.build();
        return profile.equals(lead.get().profile()) ? Optional.empty() : model.affiliationFailure(profile, Optional.of(leadId));
    }

    /** @return whether the customer exists and is in a funnel stage before "customer" */
    boolean isLead(CustomerId id) {
        int customerPosition = LifecycleStage.funnel().indexOf(LifecycleStage.CUSTOMER);
        return model.customer(id).map(c -> LifecycleStage.funnel().indexOf(c.profile().lifecycleStage()))
                .filter(position -> position >= 0 && position < customerPosition).isPresent();
    }

    /**
     * Converts the lead, taking the ids of what the service created from its result: the organization is created,
     * the lead moves to the target stage (affiliated with the organization, if any), the deal opens in the default
     * pipeline's first open stage, and the follow-up task is linked to the lead and the deal; events in that order.
     *
     * @param returned what the service returned, for the ids it chose
     * @return what the service must have returned
     */
    ConvertedLead converted(CustomerId leadId, LeadConversion conversion, ConvertedLead returned) {
        Optional<Customer> organization = conversion.newOrganization()
                .map(profile -> model.customerCreated(returned.organization().orElseThrow().id(), profile));
        Optional<CustomerId> orgId = organization.map(Customer::id).or(conversion::existingOrganization);
        CustomerProfile.Builder profile = model.customer(leadId).orElseThrow().profile().toBuilder().stage(conversion.targetStage());
        orgId.ifPresent(o -> profile.worksAt(o, conversion.jobTitle().orElse(null)));
        Customer lead = model.customerUpdated(leadId, profile.build());
        Optional<Opportunity> deal = conversion.dealName().map(name -> {
            OpportunityDetails details = OpportunityDetails.of(leadId, name, conversion.dealAmount().orElseThrow());
            details = conversion.dealExpectedClose().map(details::closingOn).orElse(details);
            Pipeline pipeline = defaultPipeline();
            return created(returned.opportunity().orElseThrow().id(), details, pipeline.id(), pipeline.openStages().get(0).id());
        });
        Optional<Task> followUp = conversion.followUp().map(task -> {
            TaskDetails linked = task.about(leadId);
            TaskId id = returned.followUp().orElseThrow().id();
            return model.taskCreated(id, deal.map(d -> linked.about(d.id())).orElse(linked));
        });
        return new ConvertedLead(lead, organization, deal, followUp);
    }

    @Override
    public String toString() {
        return deals.size() + " deals";
    }
}
