package dev.cms.persistence.jpa;

import static dev.cms.persistence.jpa.BulkTable.Type.BIGINT;
import static dev.cms.persistence.jpa.BulkTable.Type.INTEGER;
import static dev.cms.persistence.jpa.BulkTable.Type.NUMERIC;
import static dev.cms.persistence.jpa.BulkTable.Type.TEXT;
import static dev.cms.persistence.jpa.BulkTable.Type.TIMESTAMP;
import static dev.cms.persistence.jpa.BulkTable.Type.UUID;

import dev.cms.core.commerce.Purchase;
import java.sql.SQLException;

/**
 * A purchase's rows for {@link BulkInsert}: the {@link PurchaseRow} that {@code insert} would persist and its lines
 * in {@code purchase_line}, at the positions the entity's ordered collection gives them.
 */
final class PurchaseBulkRows extends BulkInsert.Rows<Purchase> {
    static final BulkTable PURCHASE = BulkTable.named("purchase").column("id", UUID).column("customer_id", UUID)
            .column("occurred_at", TIMESTAMP).column("total", NUMERIC).column("currency", TEXT)
            .column("refunded", NUMERIC).column("channel", TEXT).column("external_order_id", TEXT)
            .column("opportunity_id", UUID).column("status", TEXT).column("line_count", INTEGER)
            .column("recorded_at", TIMESTAMP).column("version", BIGINT);
    static final BulkTable LINE = BulkTable.named("purchase_line").column("purchase_id", UUID)
            .column("position", INTEGER).column("product_code", TEXT).column("name", TEXT)
            .column("quantity", NUMERIC).column("unit_price", NUMERIC).column("discount_percent", NUMERIC);

    /** The only instance. */
    static final PurchaseBulkRows ROWS = new PurchaseBulkRows();

    private PurchaseBulkRows() {
        super(PURCHASE, LINE);
    }

    @Override
    PurchaseRow entity(Purchase purchase) {
        return JpaPurchases.row(purchase);
    }

    @Override
    void write(Purchase purchase, BulkWriter out) throws SQLException {
        PurchaseRow r = entity(purchase);
        out.row(PURCHASE, r.id, r.customer, r.occurredAt, r.total, r.currency, r.refunded, r.channel.name(),
                r.externalOrderId, r.opportunity, r.status.name(), r.lineCount, r.recordedAt, r.version);
        for (int p = 0; p < r.lines.size(); p++) {
            LineCell line = r.lines.get(p);
            out.row(LINE, r.id, p, line.productCode, line.name, line.quantity, line.unitPrice, line.discountPercent);
        }
    }
}
