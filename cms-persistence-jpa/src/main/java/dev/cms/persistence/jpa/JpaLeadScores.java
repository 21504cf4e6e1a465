package dev.cms.persistence.jpa;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.spi.LeadScoreRepository;
import java.util.Optional;

/** {@link LeadScoreRepository} over {@link LeadScoreRow}. */
final class JpaLeadScores implements LeadScoreRepository {
    private final JpaTransactions tx;

    JpaLeadScores(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(LeadScore score) {
        tx.write(em -> {
            LeadScoreRow row = em.find(LeadScoreRow.class, score.customer().value());
            boolean isNew = row == null;
            if (isNew) {
                row = new LeadScoreRow();
                row.customer = score.customer().value();
            }
            row.score = score.score();
            row.scoredAt = score.scoredAt();
            if (isNew) {
                em.persist(row);
            }
        });
    }

    @Override
    public Optional<LeadScore> find(CustomerId customer) {
        return tx.read(em -> Optional.ofNullable(em.find(LeadScoreRow.class, customer.value()))
                .map(row -> new LeadScore(CustomerId.of(row.customer), row.score, row.scoredAt)));
    }
}
