package dev.cms.core.internal;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityCreated;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityLost;
import dev.cms.core.sales.OpportunityService;
import dev.cms.core.sales.OpportunityStageChanged;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.OpportunityUpdated;
import dev.cms.core.sales.OpportunityWon;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import dev.cms.core.sales.WonDeal;
import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.OpportunityRepository;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** {@link OpportunityService} over the ports. */
public final class DefaultOpportunityService implements OpportunityService {
    private final ServiceContext ctx;
    private final OpportunityRepository deals;

    /** @param ctx the acting context */
    public DefaultOpportunityService(ServiceContext ctx) {
        this.ctx = ctx;
        this.deals = ctx.store().opportunities();
    }

    @Override
    public Opportunity create(OpportunityDetails details) {
        Objects.requireNonNull(details, "details");
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY, Optional.of(details.customer()));
        // One transaction with the deal, so a refused deal leaves no freshly created default pipeline behind.
        return ctx.work().write(() -> {
            Pipeline pipeline = new DefaultPipelineService(ctx).defaultPipeline();
            return create(details, pipeline.id(), pipeline.openStages().get(0).id());
        });
    }

    @Override
    public Opportunity create(OpportunityDetails details, PipelineId pipelineId, StageId stageId) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(pipelineId, "pipeline");
        Objects.requireNonNull(stageId, "stage");
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY, Optional.of(details.customer()));
        return ctx.work().write(() -> {
            requireCustomer(details.customer());
            Pipeline pipeline = pipeline(pipelineId);
            requireOpenStage(pipeline, stageId, "stage");
            Instant now = ctx.now();
            Opportunity deal = new Opportunity(OpportunityId.of(ctx.newId()), details, pipelineId, stageId,
                    OpportunityStatus.OPEN, Optional.empty(), Optional.empty(),
                    List.of(new StageChange(Optional.empty(), stageId, now, ctx.principal().userId())), now, now, 0);
            deals.insert(deal);
            ctx.work().raise(new OpportunityCreated(deal, ctx.principal().userId(), now));
            return deal;
        });
    }

    @Override
    public Opportunity get(OpportunityId id) {
        return find(id).orElseThrow(() -> new NotFoundException("opportunity", id.toString()));
    }

    @Override
    public Optional<Opportunity> find(OpportunityId id) {
        Objects.requireNonNull(id, "id");
        return ctx.read(ResourceType.OPPORTUNITY, () -> deals.findById(id), o -> o.details().customer());
    }

    @Override
    public Opportunity update(OpportunityId id, long expectedVersion, OpportunityDetails details) {
        Objects.requireNonNull(details, "details");
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY, Optional.of(details.customer()));
        return ctx.work().write(() -> {
            Opportunity current = load(id, expectedVersion);
            if (current.details().equals(details)) {
                return current;
            }
            requireCustomer(details.customer());
            Instant now = ctx.now();
            Opportunity updated = current.withDetails(details, now);
            deals.update(updated);
            ctx.work().raise(new OpportunityUpdated(current, updated, ctx.principal().userId(), now));
            return updated;
        });
    }

    @Override
    public Opportunity moveToStage(OpportunityId id, long expectedVersion, StageId stage) {
        Objects.requireNonNull(stage, "stage");
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY);
        return ctx.work().write(() -> {
            Opportunity current = loadOpen(id, expectedVersion);
            if (current.stage().equals(stage)) {
                throw ValidationException.of("stage", stage, "the deal is already in this stage");
            }
            requireOpenStage(pipeline(current.pipeline()), stage, "stage");
            return moveWithin(current, stage, ctx.now());
        });
    }

    /** Moves an open deal to another open stage; the caller has checked access and the stage. */
    Opportunity moveWithin(Opportunity current, StageId stage, Instant now) {
        return move(current, stage, OpportunityStatus.OPEN, Optional.empty(), now);
    }

    private Opportunity move(Opportunity current, StageId stage, OpportunityStatus status, Optional<String> reason, Instant now) {
        Opportunity moved = current.movedTo(stage, status, reason, now, ctx.principal().userId());
        deals.update(moved);
        ctx.work().raise(new OpportunityStageChanged(moved, current.stage(), stage, ctx.principal().userId(), now));
        return moved;
    }

    @Override
    public Opportunity win(OpportunityId id, long expectedVersion) {
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY);
        return ctx.work().write(() -> {
            Opportunity won = close(id, expectedVersion, OpportunityStatus.WON, Optional.empty());
            ctx.work().raise(new OpportunityWon(won, Optional.empty(), ctx.principal().userId(), won.updatedAt()));
            return won;
        });
    }

    @Override
    public WonDeal winAndRecordPurchase(OpportunityId id, long expectedVersion) {
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY);
        ctx.check(Action.WRITE, ResourceType.PURCHASE);
        return ctx.work().write(() -> {
            Opportunity won = close(id, expectedVersion, OpportunityStatus.WON, Optional.empty());
            OpportunityDetails d = won.details();
            PurchaseDetails purchase = new PurchaseDetails(d.customer(), won.updatedAt(), d.amount(), d.lineItems(),
                    SalesChannel.DIRECT_SALES, Optional.empty(), Optional.of(won.id()));
            Purchase recorded = new DefaultPurchaseService(ctx).record(purchase);
            ctx.work().raise(new OpportunityWon(won, Optional.of(recorded.id()), ctx.principal().userId(), won.updatedAt()));
            return new WonDeal(won, recorded);
        });
    }

    @Override
    public Opportunity lose(OpportunityId id, long expectedVersion, String reason) {
        String why = Checks.line("reason", reason, 500);
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY);
        return ctx.work().write(() -> {
            Opportunity lost = close(id, expectedVersion, OpportunityStatus.LOST, Optional.of(why));
            ctx.work().raise(new OpportunityLost(lost, ctx.principal().userId(), lost.updatedAt()));
            return lost;
        });
    }

    private Opportunity close(OpportunityId id, long expectedVersion, OpportunityStatus status, Optional<String> reason) {
        Opportunity current = loadOpen(id, expectedVersion);
        Pipeline pipeline = pipeline(current.pipeline());
        Stage target = status == OpportunityStatus.WON ? pipeline.wonStage() : pipeline.lostStage();
        return move(current, target.id(), status, reason, ctx.now());
    }

    @Override
    public Opportunity reopen(OpportunityId id, long expectedVersion, StageId stage) {
        Objects.requireNonNull(stage, "stage");
        ctx.check(Action.WRITE, ResourceType.OPPORTUNITY);
        return ctx.work().write(() -> {
            Opportunity current = load(id, expectedVersion);
            if (current.status() == OpportunityStatus.OPEN) {
                throw ValidationException.of("status", current.status(), "only a won or lost deal can be reopened");
            }
            requireOpenStage(pipeline(current.pipeline()), stage, "stage");
            return move(current, stage, OpportunityStatus.OPEN, Optional.empty(), ctx.now());
        });
    }

    @Override
    public Page<Opportunity> byCustomer(CustomerId customer, PageRequest page) {
        Objects.requireNonNull(customer, "customer");
        ctx.check(Action.READ, ResourceType.OPPORTUNITY, Optional.of(customer));
        return query("deals-customer", page, after -> deals.byCustomer(customer, false, after, page.size() + 1));
    }

    @Override
    public Page<Opportunity> inStage(PipelineId pipeline, StageId stage, PageRequest page) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        ctx.check(Action.READ, ResourceType.OPPORTUNITY);
        return query("deals-stage", page, after -> deals.inStage(pipeline, stage, after, page.size() + 1));
    }

    private Page<Opportunity> query(String kind, PageRequest page, Function<Optional<OpportunityPosition>, List<Opportunity>> fetch) {
        Objects.requireNonNull(page, "page");
        Optional<OpportunityPosition> after = page.after().map(c -> {
            Cursors.Position p = Cursors.decode(kind, c);
            return new OpportunityPosition(p.instant(), OpportunityId.of(p.id()));
        });
        Page<Opportunity> fetched = Pages.of(fetch.apply(after), page.size(), o -> Cursors.encode(kind, o.createdAt(), o.id().value()));
        // Deals of customers the policy hides are left out; the cursor still advances past them.
        return new Page<>(fetched.items().stream()
                .filter(o -> ctx.permits(Action.READ, ResourceType.OPPORTUNITY, o.details().customer())).toList(), fetched.next());
    }

    @Override
    public ConvertedLead convertLead(CustomerId leadId, LeadConversion conversion) {
        Objects.requireNonNull(leadId, "lead");
        Objects.requireNonNull(conversion, "conversion");
        ctx.check(Action.WRITE, ResourceType.CUSTOMER, Optional.of(leadId));
        return ctx.work().write(() -> {
            DefaultCustomerService customers = new DefaultCustomerService(ctx);
            Customer lead = customers.get(leadId);
            int customerPosition = LifecycleStage.CUSTOMER.funnelPosition().orElseThrow();
            boolean isLead = lead.profile().lifecycleStage().funnelPosition().map(p -> p < customerPosition).orElse(false);
            if (!isLead) {
                throw ValidationException.of("lifecycleStage", lead.profile().lifecycleStage(),
                        "only a customer in a funnel stage before 'customer' can be converted");
            }
            Optional<Customer> organization = conversion.newOrganization().map(customers::create);
            Optional<CustomerId> orgId = organization.map(Customer::id).or(conversion::existingOrganization);
            Customer converted = customers.update(lead, b -> {
                b.stage(conversion.targetStage());
                orgId.ifPresent(o -> b.worksAt(o, conversion.jobTitle().orElse(null)));
                return b;
            });
            Optional<Opportunity> deal = conversion.dealName().map(name -> {
                OpportunityDetails details = OpportunityDetails.of(leadId, name, conversion.dealAmount().orElseThrow());
                return create(conversion.dealExpectedClose().map(details::closingOn).orElse(details));
            });
            Optional<Task> followUp = conversion.followUp().map(task -> {
                TaskDetails linked = task.about(leadId);
                return new DefaultTaskService(ctx).create(deal.map(d -> linked.about(d.id())).orElse(linked));
            });
            return new ConvertedLead(converted, organization, deal, followUp);
        });
    }

    private Opportunity load(OpportunityId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        Opportunity current = deals.findById(id).orElseThrow(() -> new NotFoundException("opportunity", id.toString()));
        ctx.checkCustomer(Action.WRITE, ResourceType.OPPORTUNITY, current.details().customer());
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("opportunity", id, expectedVersion, current.version());
        }
        return current;
    }

    private Opportunity loadOpen(OpportunityId id, long expectedVersion) {
        Opportunity current = load(id, expectedVersion);
        if (current.status() != OpportunityStatus.OPEN) {
            throw ValidationException.of("status", current.status(), "the deal is closed; reopen it first");
        }
        return current;
    }

    private Pipeline pipeline(PipelineId id) {
        return ctx.store().pipelines().findById(id).orElseThrow(() -> ValidationException.of("pipeline", id, "no such pipeline"));
    }

    private static void requireOpenStage(Pipeline pipeline, StageId stage, String path) {
        if (pipeline.stage(stage).map(Stage::kind).orElse(null) != StageKind.OPEN) {
            throw ValidationException.of(path, stage, "must be an open stage of pipeline " + pipeline.name());
        }
    }

    private void requireCustomer(CustomerId customer) {
        if (ctx.store().customers().findById(customer).isEmpty()) {
            throw ValidationException.of("customer", customer, "no such customer");
        }
    }
}
