package dev.cms.core.json;

import static dev.cms.core.json.DomainCodecs.CUSTOMER_ID;
import static dev.cms.core.json.DomainCodecs.MONEY;
import static dev.cms.core.json.DomainCodecs.OPPORTUNITY_ID;
import static dev.cms.core.json.DomainCodecs.USER_ID;
import static dev.cms.core.json.DomainCodecs.UUID_EXAMPLE;
import static dev.cms.core.json.Scalars.DECIMAL;
import static dev.cms.core.json.Scalars.INSTANT;
import static dev.cms.core.json.Scalars.LONG;
import static dev.cms.core.json.Scalars.STRING;
import static dev.cms.core.json.Scalars.enumeration;
import static dev.cms.core.json.Scalars.text;

import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseRecorded;
import dev.cms.core.commerce.PurchaseRefunded;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.commerce.SalesChannel;

/** The JSON form of the commerce package: purchases, their lines, summaries and events. */
final class CommerceCodecs {
    static final Codec<PurchaseId> PURCHASE_ID = text(PurchaseId.class, PurchaseId::toString, PurchaseId::parse, UUID_EXAMPLE);
    static final Codec<ExternalOrderId> EXTERNAL_ORDER_ID = text(ExternalOrderId.class, ExternalOrderId::value,
            ExternalOrderId::new, "an order id such as shop-1001");
    static final Codec<SalesChannel> SALES_CHANNEL = enumeration(SalesChannel.class);
    static final Codec<PurchaseStatus> PURCHASE_STATUS = enumeration(PurchaseStatus.class);

    static final ObjectCodec<LineItem> LINE_ITEM = ObjectCodec.define(LineItem.class, s -> {
        var productCode = s.required("productCode", STRING, LineItem::productCode);
        var name = s.required("name", STRING, LineItem::name);
        var quantity = s.required("quantity", DECIMAL, LineItem::quantity);
        var unitPrice = s.required("unitPrice", MONEY, LineItem::unitPrice);
        var discountPercent = s.required("discountPercent", DECIMAL, LineItem::discountPercent);
        return v -> new LineItem(v.get(productCode), v.get(name), v.get(quantity), v.get(unitPrice), v.get(discountPercent));
    });

    static final ObjectCodec<PurchaseDetails> PURCHASE_DETAILS = ObjectCodec.define(PurchaseDetails.class, s -> {
        var customer = s.required("customer", CUSTOMER_ID, PurchaseDetails::customer);
        var occurredAt = s.required("occurredAt", INSTANT, PurchaseDetails::occurredAt);
        var total = s.required("total", MONEY, PurchaseDetails::total);
        var lines = s.list("lines", LINE_ITEM, PurchaseDetails::lines);
        var channel = s.required("channel", SALES_CHANNEL, PurchaseDetails::channel);
        var externalOrderId = s.optional("externalOrderId", EXTERNAL_ORDER_ID, PurchaseDetails::externalOrderId);
        var opportunity = s.optional("opportunity", OPPORTUNITY_ID, PurchaseDetails::opportunity);
        return v -> new PurchaseDetails(v.get(customer), v.get(occurredAt), v.get(total), v.get(lines), v.get(channel),
                v.get(externalOrderId), v.get(opportunity));
    });

    static final ObjectCodec<Purchase> PURCHASE = ObjectCodec.define(Purchase.class, s -> {
        var id = s.required("id", PURCHASE_ID, Purchase::id);
        var details = s.required("details", PURCHASE_DETAILS, Purchase::details);
        var status = s.required("status", PURCHASE_STATUS, Purchase::status);
        var refunded = s.required("refunded", MONEY, Purchase::refunded);
        var recordedAt = s.required("recordedAt", INSTANT, Purchase::recordedAt);
        var version = s.required("version", LONG, Purchase::version);
        return v -> new Purchase(v.get(id), v.get(details), v.get(status), v.get(refunded), v.get(recordedAt), v.get(version));
    });

    static final ObjectCodec<PurchaseSummary> PURCHASE_SUMMARY = ObjectCodec.define(PurchaseSummary.class, s -> {
        var count = s.required("count", LONG, PurchaseSummary::count);
        var totals = s.list("totals", MONEY, PurchaseSummary::totals);
        var first = s.optional("first", INSTANT, PurchaseSummary::first);
        var last = s.optional("last", INSTANT, PurchaseSummary::last);
        return v -> new PurchaseSummary(v.get(count), v.get(totals), v.get(first), v.get(last));
    });

    static final ObjectCodec<PurchaseRecorded> PURCHASE_RECORDED = ObjectCodec.define(PurchaseRecorded.class, s -> {
        var purchase = s.required("purchase", PURCHASE, PurchaseRecorded::purchase);
        var actor = s.required("actor", USER_ID, PurchaseRecorded::actor);
        var occurredAt = s.required("occurredAt", INSTANT, PurchaseRecorded::occurredAt);
        return v -> new PurchaseRecorded(v.get(purchase), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<PurchaseRefunded> PURCHASE_REFUNDED = ObjectCodec.define(PurchaseRefunded.class, s -> {
        var purchase = s.required("purchase", PURCHASE, PurchaseRefunded::purchase);
        var amount = s.required("amount", MONEY, PurchaseRefunded::amount);
        var actor = s.required("actor", USER_ID, PurchaseRefunded::actor);
        var occurredAt = s.required("occurredAt", INSTANT, PurchaseRefunded::occurredAt);
        return v -> new PurchaseRefunded(v.get(purchase), v.get(amount), v.get(actor), v.get(occurredAt));
    });

    private CommerceCodecs() {
    }
}
