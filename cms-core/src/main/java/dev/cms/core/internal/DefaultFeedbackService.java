package dev.cms.core.internal;

import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.FeedbackRecorded;
import dev.cms.core.feedback.FeedbackService;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.spi.SurveyResponsePosition;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** {@link FeedbackService} over the ports. */
public final class DefaultFeedbackService implements FeedbackService {
    private static final String CURSOR = "feedback";

    private final ServiceContext ctx;

    /** @param ctx the acting context */
    public DefaultFeedbackService(ServiceContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public SurveyResponse record(SurveyAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        ctx.check(Action.WRITE, ResourceType.FEEDBACK, Optional.of(answer.customer()));
        return ctx.work().write(() -> {
            if (ctx.store().customers().findById(answer.customer()).isEmpty()) {
                throw new NotFoundException("customer", answer.customer().toString());
            }
            Violations v = new Violations();
            answer.ticket().ifPresent(t -> v.require(ctx.store().tickets().findById(t)
                    .filter(ticket -> ticket.customer().equals(answer.customer())).isPresent(),
                    "ticket", t, "no such ticket of this customer"));
            answer.interaction().ifPresent(i -> v.require(ctx.store().interactions().findById(i)
                    .filter(interaction -> interaction.customer().equals(answer.customer())).isPresent(),
                    "interaction", i, "no such interaction of this customer"));
            v.throwIfAny();
            Instant now = ctx.now();
            SurveyResponse response = new SurveyResponse(SurveyResponseId.of(ctx.newId()), answer, now);
            ctx.store().surveyResponses().insert(response);
            ctx.work().raise(new FeedbackRecorded(response, ctx.principal().userId(), now));
            return response;
        });
    }

    @Override
    public SurveyResponse get(SurveyResponseId id) {
        Objects.requireNonNull(id, "id");
        return ctx.read(ResourceType.FEEDBACK, () -> ctx.store().surveyResponses().findById(id), r -> r.answer().customer())
                .orElseThrow(() -> new NotFoundException("survey response", id.toString()));
    }

    @Override
    public Page<SurveyResponse> byCustomer(CustomerId customer, PageRequest page) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.FEEDBACK, Optional.of(customer));
        Optional<SurveyResponsePosition> after = page.after().map(c -> {
            Cursors.Position p = Cursors.decode(CURSOR, c);
            return new SurveyResponsePosition(p.instant(), SurveyResponseId.of(p.id()));
        });
        return Pages.of(ctx.store().surveyResponses().byCustomer(customer, after, page.size() + 1), page.size(),
                r -> Cursors.encode(CURSOR, r.answer().answeredAt(), r.id().value()));
    }

    @Override
    public Optional<SurveyResponse> latest(CustomerId customer, SurveyType type) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(type, "type");
        ctx.check(Action.READ, ResourceType.FEEDBACK, Optional.of(customer));
        return ctx.store().surveyResponses().latest(customer, type);
    }

}
