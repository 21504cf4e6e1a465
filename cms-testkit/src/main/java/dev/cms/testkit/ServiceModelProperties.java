package dev.cms.testkit;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Stateful model test of the services over an adapter (customers, interactions, tasks, pipelines and deals with lead
 * conversion, purchases, tickets with routing, assignment and SLA, feedback, and the customer 360 view): random
 * chains of service calls run against a {@link dev.cms.core.Cms} over the store under test and against a plain in-memory
 * {@link ReferenceModel} written from the Javadoc, and every call must give the same observable result on both,
 * down to versions, timestamps, the order of ties, page boundaries and the type (and conflict reason) of each
 * expected failure. After every call, the events published must be the ones the model expects, and every stored
 * object must read back as the model holds it.
 *
 * <p>An adapter module extends this class in its test sources and implements {@link #newPersistence()}; each try
 * (and each replay while shrinking) runs on a fresh store with its own {@link MutableClock}. When the property fails,
 * jqwik reports the shrunk chain of calls; objects in it are named by creation order ({@code customer#0} is the
 * first customer created successfully).
 */
public abstract class ServiceModelProperties implements AdapterUnderTest {
    /** Most calls in one chain. */
    public static final int MAX_CALLS = 80;

    /** For subclasses. */
    protected ServiceModelProperties() {
    }

    /**
     * Runs one chain of calls, checking after each that the store agrees with the model, and reports the mix of
     * calls and the notable outcomes (expected failures, ties) as statistics.
     *
     * @param chain the calls
     */
    @Property(tries = 100)
    @StatisticsReport(label = "calls")
    @StatisticsReport(label = "outcomes")
    public void serviceCallsAgreeWithReferenceModel(@ForAll("serviceCalls") ActionChain<ServiceModelState> chain) {
        ServiceModelState end = check(chain);
        end.calls().forEach(call -> Statistics.label("calls").collect(call));
        end.outcomes().forEach(outcome -> Statistics.label("outcomes").collect(outcome));
        // Over all tries the pools must have provoked the cases this property exists for.
        Statistics.label("outcomes").coverage(coverage -> {
            for (String expected : List.of("createCustomer -> ConflictException(DUPLICATE)",
                    "updateCustomer -> ConflictException(STALE_VERSION)", "moveTask -> ValidationException",
                    "logInteraction -> NotFoundException", "timeline with a tie", "overdue with a tie",
                    // sales
                    "createDeal -> ValidationException", "moveDeal -> ValidationException",
                    "moveDeal -> ConflictException(STALE_VERSION)", "winDeal -> ValidationException",
                    "loseDeal -> ValidationException", "reopenDeal -> ValidationException", "inStage with a tie",
                    "convertLead -> ValidationException", "convertLead -> ConflictException(DUPLICATE)",
                    "convertLead with organization, deal and follow-up", "convertLead refused after creating its organization",
                    // purchases
                    "recordPurchase -> ConflictException(DUPLICATE)", "recordPurchase -> NotFoundException",
                    "recordOnce returned the existing purchase", "recordOnce -> ValidationException",
                    "refund to PARTIALLY_REFUNDED", "refund to REFUNDED", "refund of more than is left refused",
                    "refund -> ConflictException(STALE_VERSION)", "purchasesInPeriod -> ValidationException",
                    "purchaseSummary over refunds", "purchaseSummary in two currencies",
                    // tickets
                    "openTicket routed to billing, assigned", "openTicket routed to tech, assigned", "openTicket routed to general",
                    "moveTicket -> ValidationException", "reopenTicket -> ValidationException",
                    "assignTicket -> ConflictException(STALE_VERSION)", "logInteraction recorded a first response",
                    "logInteraction -> ValidationException", "logInteraction left the first response as it was", "sla ON_TRACK", "sla AT_RISK", "sla BREACHED", "sla MET",
                    // feedback and the 360 view
                    "recordFeedback out of range refused", "recordFeedback -> ValidationException", "latestFeedback among several",
                    "view with open deals and tickets")) {
                coverage.check(expected).count(n -> n > 0);
            }
        });
    }

    /**
     * Runs a chain of calls, checking each call's outcome against the model and, after each call, the events it
     * published and that every stored object reads back as the model holds it: what
     * {@link #serviceCallsAgreeWithReferenceModel} does for each try, without collecting statistics.
     *
     * @param chain the calls
     * @return the state after the last call
     * @throws AssertionError naming the calls made, if the store and the model disagree
     */
    public ServiceModelState check(ActionChain<ServiceModelState> chain) {
        return chain
                .withInvariant("events and stored objects agree with the model", ServiceModelState::assertStoreAgreesWithModel)
                .run();
    }

    /**
     * The chains of calls the property runs; public so that a test can run them against a deliberately broken
     * store and see them fail.
     *
     * @return chains of up to {@link #MAX_CALLS} calls, each chain starting on a fresh store from
     *         {@link #newPersistence()}
     */
    @Provide
    public ActionChainArbitrary<ServiceModelState> serviceCalls() {
        return ServiceModelActions.chains(() -> new ServiceModelState(newPersistence()), MAX_CALLS);
    }
}
