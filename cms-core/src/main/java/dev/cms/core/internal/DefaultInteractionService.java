package dev.cms.core.internal;

import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.interaction.InteractionService;
import dev.cms.core.spi.TimelinePosition;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** {@link InteractionService} over the ports. */
public final class DefaultInteractionService implements InteractionService {
    private static final String TIMELINE_CURSOR = "timeline";

    private final ServiceContext ctx;

    /** @param ctx the acting context */
    public DefaultInteractionService(ServiceContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Interaction log(CustomerId customer, InteractionDetails details) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(details, "details");
        ctx.check(Action.WRITE, ResourceType.INTERACTION, Optional.of(customer));
        return ctx.work().write(() -> {
            requireCustomer(customer);
            Violations v = new Violations();
            details.links().task().ifPresent(task -> v.require(ctx.store().tasks().findById(task).isPresent(),
                    "links.task", task, "no such task"));
            details.links().opportunity().ifPresent(deal -> v.require(ctx.store().opportunities().findById(deal)
                    .filter(o -> o.details().customer().equals(customer)).isPresent(), "links.opportunity", deal,
                    "no such opportunity of this customer"));
            details.links().ticket().ifPresent(ticket -> v.require(ctx.store().tickets().findById(ticket)
                    .filter(t -> t.customer().equals(customer)).isPresent(), "links.ticket", ticket,
                    "no such ticket of this customer"));
            v.throwIfAny();
            if (details.direction() == Direction.OUTBOUND) {
                // An answer sent to the customer about a ticket is the ticket's first response (SLA).
                details.links().ticket().ifPresent(ticket -> new DefaultTicketService(ctx).recordFirstResponse(ticket, details.occurredAt()));
            }
            Instant now = ctx.now();
            Interaction interaction = new Interaction(InteractionId.of(ctx.newId()), customer, details, ctx.principal().userId(), now);
            ctx.store().interactions().insert(interaction);
            ctx.work().raise(new InteractionLogged(interaction, ctx.principal().userId(), now));
            return interaction;
        });
    }

    @Override
    public Interaction get(InteractionId id) {
        return find(id).orElseThrow(() -> new NotFoundException("interaction", id.toString()));
    }

    @Override
    public Optional<Interaction> find(InteractionId id) {
        Objects.requireNonNull(id, "id");
        return ctx.read(ResourceType.INTERACTION, () -> ctx.store().interactions().findById(id), Interaction::customer);
    }

    @Override
    public Page<Interaction> timeline(CustomerId customer, PageRequest page) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.INTERACTION, Optional.of(customer));
        requireCustomer(customer);
        Optional<TimelinePosition> after = page.after().map(c -> {
            Cursors.Position p = Cursors.decode(TIMELINE_CURSOR, c);
            return new TimelinePosition(p.instant(), InteractionId.of(p.id()));
        });
        return Pages.of(ctx.store().interactions().timeline(customer, after, page.size() + 1), page.size(),
                i -> Cursors.encode(TIMELINE_CURSOR, i.occurredAt(), i.id().value()));
    }

    private void requireCustomer(CustomerId customer) {
        if (ctx.store().customers().findById(customer).isEmpty()) {
            throw new NotFoundException("customer", customer.toString());
        }
    }
}
