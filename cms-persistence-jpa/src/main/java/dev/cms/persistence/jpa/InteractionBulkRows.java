package dev.cms.persistence.jpa;

import static dev.cms.persistence.jpa.BulkTable.Type.BIGINT;
import static dev.cms.persistence.jpa.BulkTable.Type.TEXT;
import static dev.cms.persistence.jpa.BulkTable.Type.TIMESTAMP;
import static dev.cms.persistence.jpa.BulkTable.Type.UUID;

import dev.cms.core.interaction.Interaction;
import java.sql.SQLException;

/** An interaction's row for {@link BulkInsert}: the {@link InteractionRow} that {@code insert} would persist. */
final class InteractionBulkRows extends BulkInsert.Rows<Interaction> {
    static final BulkTable INTERACTION = BulkTable.named("interaction").column("id", UUID).column("customer_id", UUID)
            .column("channel", TEXT).column("direction", TEXT).column("occurred_at", TIMESTAMP).column("subject", TEXT)
            .column("body", TEXT).column("duration_millis", BIGINT).column("outcome", TEXT)
            .column("opportunity_id", UUID).column("ticket_id", UUID).column("task_id", UUID)
            .column("logged_by", TEXT).column("logged_at", TIMESTAMP);

    /** The only instance. */
    static final InteractionBulkRows ROWS = new InteractionBulkRows();

    private InteractionBulkRows() {
        super(INTERACTION);
    }

    @Override
    InteractionRow entity(Interaction interaction) {
        return JpaInteractions.row(interaction);
    }

    @Override
    void write(Interaction interaction, BulkWriter out) throws SQLException {
        InteractionRow r = entity(interaction);
        out.row(INTERACTION, r.id, r.customer, r.channel.name(), r.direction.name(), r.occurredAt, r.subject, r.body,
                r.durationMillis, r.outcome, r.opportunity, r.ticket, r.task, r.loggedBy, r.loggedAt);
    }
}
