package dev.cms.core;

import dev.cms.core.access.Principal;
import dev.cms.core.commerce.PurchaseService;
import dev.cms.core.customer.CustomerService;
import dev.cms.core.feedback.FeedbackService;
import dev.cms.core.interaction.InteractionService;
import dev.cms.core.internal.DefaultCustomerService;
import dev.cms.core.internal.DefaultFeedbackService;
import dev.cms.core.internal.DefaultSegmentService;
import dev.cms.core.internal.DefaultStaticListService;
import dev.cms.core.internal.DefaultInteractionService;
import dev.cms.core.internal.DefaultLeadScoringService;
import dev.cms.core.internal.DefaultOpportunityService;
import dev.cms.core.internal.DefaultPipelineService;
import dev.cms.core.internal.DefaultPurchaseService;
import dev.cms.core.internal.DefaultTaskService;
import dev.cms.core.internal.DefaultTicketService;
import dev.cms.core.internal.ServiceContext;
import dev.cms.core.sales.OpportunityService;
import dev.cms.core.sales.PipelineService;
import dev.cms.core.support.TicketService;
import dev.cms.core.segment.LeadScoringService;
import dev.cms.core.segment.SegmentService;
import dev.cms.core.segment.StaticListService;
import dev.cms.core.task.TaskService;

/**
 * The services of a {@link Cms}, acting on behalf of one {@link Principal}. Obtain it with {@link Cms#as(Principal)};
 * it is cheap, immutable and thread-safe, so create one per request or keep one per user.
 */
public final class CmsScope {
    private final Principal principal;
    private final CustomerService customers;
    private final InteractionService interactions;
    private final TaskService tasks;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final PurchaseService purchases;
    private final TicketService tickets;
    private final FeedbackService feedback;
    private final SegmentService segments;
    private final StaticListService lists;
    private final LeadScoringService leadScoring;

    CmsScope(ServiceContext ctx) {
        this.principal = ctx.principal();
        DefaultCustomerService customerService = new DefaultCustomerService(ctx);
        DefaultSegmentService segmentService = new DefaultSegmentService(ctx);
        this.customers = customerService;
        this.interactions = new DefaultInteractionService(ctx);
        this.tasks = new DefaultTaskService(ctx);
        this.pipelines = new DefaultPipelineService(ctx);
        this.opportunities = new DefaultOpportunityService(ctx);
        this.purchases = new DefaultPurchaseService(ctx);
        this.tickets = new DefaultTicketService(ctx);
        this.feedback = new DefaultFeedbackService(ctx);
        this.segments = segmentService;
        this.leadScoring = new DefaultLeadScoringService(ctx, segmentService, customerService);
        this.lists = new DefaultStaticListService(ctx);
    }

    /** {@return who acts} */
    public Principal principal() {
        return principal;
    }

    /** {@return customers and their custom attributes} */
    public CustomerService customers() {
        return customers;
    }

    /** {@return the interaction timeline} */
    public InteractionService interactions() {
        return interactions;
    }

    /** {@return tasks and follow-ups} */
    public TaskService tasks() {
        return tasks;
    }

    /** {@return sales pipelines and their stages} */
    public PipelineService pipelines() {
        return pipelines;
    }

    /** {@return deals and lead conversion} */
    public OpportunityService opportunities() {
        return opportunities;
    }

    /** {@return order history} */
    public PurchaseService purchases() {
        return purchases;
    }

    /** {@return support tickets and their SLAs} */
    public TicketService tickets() {
        return tickets;
    }

    /** {@return NPS, CSAT and CES answers} */
    public FeedbackService feedback() {
        return feedback;
    }

    /** {@return segmentation: rules, saved segments, members, counts and explanations} */
    public SegmentService segments() {
        return segments;
    }

    /** {@return lead scoring with models written in the rule language} */
    public LeadScoringService leadScoring() {
        return leadScoring;
    }

    /** {@return static lists of customers} */
    public StaticListService lists() {
        return lists;
    }
}
