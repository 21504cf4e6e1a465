package dev.cms.persistence.jpa;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.spi.SurveyResponsePosition;
import dev.cms.core.spi.SurveyResponseRepository;
import dev.cms.core.support.TicketId;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** {@link SurveyResponseRepository} over {@link SurveyResponseRow}. */
final class JpaSurveyResponses implements SurveyResponseRepository {
    private final JpaTransactions tx;

    JpaSurveyResponses(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(SurveyResponse response) {
        tx.write(em -> em.persist(row(response)));
    }

    @Override
    public Optional<SurveyResponse> findById(SurveyResponseId id) {
        return tx.read(em -> Optional.ofNullable(em.find(SurveyResponseRow.class, id.value())).map(JpaSurveyResponses::read));
    }

    @Override
    public List<SurveyResponse> byCustomer(CustomerId customer, Optional<SurveyResponsePosition> after, int limit) {
        return tx.read(em -> {
            TypedQuery<SurveyResponseRow> query = em.createQuery("select s from SurveyResponseRow s where s.customer = :customer"
                    + (after.isPresent() ? " and s.answeredAt <= :afterAt and (s.answeredAt < :afterAt or (s.answeredAt = :afterAt and s.id < :afterId))" : "")
                    + " order by s.answeredAt desc, s.id desc", SurveyResponseRow.class).setParameter("customer", customer.value());
            after.ifPresent(p -> query.setParameter("afterAt", p.answeredAt()).setParameter("afterId", p.id().value()));
            return query.setMaxResults(limit).getResultList().stream().map(JpaSurveyResponses::read).toList();
        });
    }

    @Override
    public Optional<SurveyResponse> latest(CustomerId customer, SurveyType type) {
        return tx.read(em -> em.createQuery("select s from SurveyResponseRow s where s.customer = :customer and s.type = :type"
                        + " order by s.answeredAt desc, s.id desc", SurveyResponseRow.class)
                .setParameter("customer", customer.value()).setParameter("type", type).setMaxResults(1)
                .getResultList().stream().findFirst().map(JpaSurveyResponses::read));
    }

    private static SurveyResponseRow row(SurveyResponse response) {
        SurveyAnswer a = response.answer();
        SurveyResponseRow row = new SurveyResponseRow();
        row.id = response.id().value();
        row.customer = a.customer().value();
        row.type = a.type();
        row.score = a.score();
        row.comment = a.comment().orElse(null);
        row.answeredAt = a.answeredAt();
        row.ticket = a.ticket().map(TicketId::value).orElse(null);
        row.interaction = a.interaction().map(InteractionId::value).orElse(null);
        row.recordedAt = response.recordedAt();
        return row;
    }

    private static SurveyResponse read(SurveyResponseRow row) {
        SurveyAnswer answer = new SurveyAnswer(CustomerId.of(row.customer), row.type, row.score, Optional.ofNullable(row.comment),
                row.answeredAt, Optional.ofNullable(row.ticket).map(TicketId::of),
                Optional.ofNullable(row.interaction).map(InteractionId::of));
        return new SurveyResponse(SurveyResponseId.of(row.id), answer, row.recordedAt);
    }
}
