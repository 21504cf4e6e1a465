package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.TestData.ID_1;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_MAX_SIGNED;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_LOW_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_MAX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.NotFoundException;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.customer.Customer;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageId;
import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.OpportunityRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an {@link OpportunityRepository} must do on its own: store deals with their history exactly, enforce the
 * version rule, and answer by-customer (all or open only) and in-stage queries by createdAt descending, then id
 * descending in unsigned order, strictly after the given position.
 */
public abstract class OpportunityRepositoryContract extends RepositoryContractSupport {
    private static final UserId ALICE = UserId.of("alice");
    private static final UUID OTHER_ID = UUID.fromString("40000000-0000-0000-0000-000000000000");

    private Customer ada;
    private Customer bob;
    private Pipeline sales;
    private Pipeline renewals;
    private StageId qualify;
    private StageId propose;

    /** For subclasses. */
    protected OpportunityRepositoryContract() {
    }

    /** Deals refer to stored customers and pipelines, so adapters with foreign keys pass too. */
    @BeforeEach
    void insertCustomersAndPipelines() {
        java.util.List<Customer> stored = insertAdaAndBob();
        ada = stored.get(0);
        bob = stored.get(1);
        sales = TestData.pipeline(UUID.fromString("00000000-0000-0000-0000-00000000005a"), "Sales", true, START, "Qualify", "Propose");
        renewals = TestData.pipeline(UUID.fromString("00000000-0000-0000-0000-00000000005b"), "Renewals", false, START, "Qualify");
        qualify = sales.openStages().get(0).id();
        propose = sales.openStages().get(1).id();
        write(() -> {
            store.pipelines().insert(sales);
            store.pipelines().insert(renewals);
        });
    }

    private OpportunityRepository deals() {
        return store.opportunities();
    }

    private Opportunity open(UUID id, Customer customer, StageId stage, Instant createdAt) {
        Opportunity deal = TestData.openDeal(id, customer.id(), sales.id(), stage, createdAt);
        write(() -> deals().insert(deal));
        return deal;
    }

    private Opportunity won(UUID id, Customer customer, Instant createdAt) {
        Opportunity deal = TestData.openDeal(id, customer.id(), sales.id(), qualify, createdAt)
                .movedTo(sales.wonStage().id(), OpportunityStatus.WON, Optional.empty(), createdAt, ALICE);
        write(() -> deals().insert(deal));
        return deal;
    }

    private Opportunity lost(UUID id, Customer customer, Instant createdAt) {
        Opportunity deal = TestData.openDeal(id, customer.id(), sales.id(), qualify, createdAt)
                .movedTo(sales.lostStage().id(), OpportunityStatus.LOST, Optional.of("too expensive"), createdAt, ALICE);
        write(() -> deals().insert(deal));
        return deal;
    }

    private static List<UUID> ids(List<Opportunity> deals) {
        return deals.stream().map(o -> o.id().value()).toList();
    }

    private static Optional<OpportunityPosition> after(Instant createdAt, UUID id) {
        return Optional.of(new OpportunityPosition(createdAt, OpportunityId.of(id)));
    }

    // ---- insert, find, update ------------------------------------------------------------------------------------

    @Test
    void insert_thenFindById_returnsAnEqualDeal_withEveryFieldAndItsHistory() {
        Instant createdAt = Instant.parse("2025-12-01T08:00:00.000001Z");
        OpportunityDetails details = OpportunityDetails.of(ada.id(), "ACME – 50 seats", Money.of("0.00", "EUR"))
                .withLineItems(List.of(
                        LineItem.of("SEAT", "Seat licence", 50, Money.of("19.99", "EUR")).withDiscount(new BigDecimal("12.5")),
                        new LineItem("HOUR", "Consulting", new BigDecimal("2.5"), Money.of("120.00", "EUR"), BigDecimal.ZERO)))
                .closingOn(LocalDate.of(2026, 3, 31))
                .withProbability(65)
                .ownedBy(UserId.of("bob"))
                .fromSource("webinar");
        List<StageChange> created = List.of(new StageChange(Optional.empty(), qualify, createdAt, ALICE));
        Opportunity lost = new Opportunity(OpportunityId.of(ID_MAX), details, sales.id(), qualify, OpportunityStatus.OPEN,
                Optional.empty(), Optional.empty(), created, createdAt, createdAt, 0)
                .movedTo(propose, OpportunityStatus.OPEN, Optional.empty(), createdAt.plusSeconds(60), UserId.of("bob"))
                .movedTo(sales.lostStage().id(), OpportunityStatus.LOST, Optional.of("chose a competitor"),
                        createdAt.plusSeconds(120), ALICE);
        Opportunity minimal = TestData.openDeal(ID_1, bob.id(), renewals.id(), renewals.openStages().get(0).id(), START);

        write(() -> {
            deals().insert(lost);
            deals().insert(minimal);
        });

        assertThat(inTx(() -> deals().findById(lost.id()))).contains(lost);
        assertThat(inTx(() -> deals().findById(lost.id())).orElseThrow().history()).hasSize(3);
        assertThat(inTx(() -> deals().findById(minimal.id()))).contains(minimal);
        assertThat(inTx(() -> deals().findById(OpportunityId.of(OTHER_ID)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredDeal() {
        Opportunity first = open(ID_1, ada, qualify, START);

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> open(ID_1, bob, propose, START.plusSeconds(1)));

        assertThat(inTx(() -> deals().findById(first.id()))).contains(first);
        assertThat(inTx(() -> deals().byCustomer(bob.id(), false, Optional.empty(), 10))).isEmpty();
    }

    @Test
    void update_withTheNextVersion_replacesTheStoredDeal() {
        Opportunity v0 = open(ID_1, ada, qualify, START);
        Opportunity v1 = v0.withDetails(v0.details().withProbability(40), START.plusSeconds(1));
        Opportunity v2 = v1.movedTo(propose, OpportunityStatus.OPEN, Optional.empty(), START.plusSeconds(2), ALICE);

        write(() -> deals().update(v1));
        write(() -> deals().update(v2));

        assertThat(inTx(() -> deals().findById(v0.id()))).contains(v2);
    }

    @Test
    void update_whoseVersionIsNotTheStoredOnePlusOne_isStale_andKeepsTheStoredDeal() {
        Opportunity v0 = open(ID_1, ada, qualify, START);
        Opportunity v1 = v0.movedTo(propose, OpportunityStatus.OPEN, Optional.empty(), START.plusSeconds(1), ALICE);
        write(() -> deals().update(v1));

        assertConflict(Reason.STALE_VERSION, () -> write(() -> deals().update(
                v0.withDetails(v0.details().withProbability(5), START.plusSeconds(2)))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> deals().update(
                v1.withDetails(v1.details().withProbability(5), START.plusSeconds(2))
                        .withDetails(v1.details().withProbability(6), START.plusSeconds(3)))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> deals().update(v0)));

        assertThat(inTx(() -> deals().findById(v0.id()))).contains(v1);
    }

    @Test
    void update_ofAnUnknownId_isNotFound() {
        Opportunity ghost = TestData.openDeal(ID_MAX, ada.id(), sales.id(), qualify, START)
                .movedTo(propose, OpportunityStatus.OPEN, Optional.empty(), START.plusSeconds(1), ALICE);

        assertFails(NotFoundException.class, () -> write(() -> deals().update(ghost)));

        assertThat(inTx(() -> deals().findById(ghost.id()))).isEmpty();
    }

    // ---- by customer ---------------------------------------------------------------------------------------------

    @Test
    void byCustomer_isByCreatedAtThenUnsignedIdDescending_withEveryStatus_orOpenOnly() {
        Instant older = START;
        Instant newer = START.plus(Duration.ofHours(1));
        open(ID_HIGH_HALF_SIGNED, ada, qualify, older);
        open(ID_1, ada, propose, newer);
        lost(ID_LOW_HALF_SIGNED, ada, older);
        won(ID_MAX, ada, newer);
        open(ID_HIGH_HALF_MAX_SIGNED, bob, qualify, newer);

        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), false, Optional.empty(), 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), false, Optional.empty(), 2)))).containsExactly(ID_MAX, ID_1);
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), true, Optional.empty(), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), true, Optional.empty(), 1)))).containsExactly(ID_1);
        assertThat(ids(inTx(() -> deals().byCustomer(bob.id(), false, Optional.empty(), 100))))
                .containsExactly(ID_HIGH_HALF_MAX_SIGNED);
    }

    @Test
    void byCustomer_after_continuesStrictlyAfterThePosition_evenAtAnIdItDoesNotReturn() {
        Instant older = START;
        Instant newer = START.plus(Duration.ofHours(1));
        open(ID_HIGH_HALF_SIGNED, ada, qualify, older);
        open(ID_1, ada, propose, newer);
        lost(ID_LOW_HALF_SIGNED, ada, older);
        won(ID_MAX, ada, newer);

        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), false, after(newer, ID_MAX), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        // Between ID_1 and ID_MAX in unsigned order, so the page resumes at ID_1.
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), false, after(newer, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), false, after(newer, ID_1), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), false, after(older, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), true, after(newer, ID_1), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().byCustomer(ada.id(), false, after(older, ID_LOW_HALF_SIGNED), 100)))).isEmpty();
    }

    @Test
    void byCustomerOpenOnly_followsWinningAndReopening() {
        Opportunity deal = open(ID_1, ada, qualify, START);
        Opportunity wonDeal = deal.movedTo(sales.wonStage().id(), OpportunityStatus.WON, Optional.empty(), START.plusSeconds(1), ALICE);
        write(() -> deals().update(wonDeal));

        assertThat(inTx(() -> deals().byCustomer(ada.id(), true, Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> deals().byCustomer(ada.id(), false, Optional.empty(), 10))).containsExactly(wonDeal);

        Opportunity reopened = wonDeal.movedTo(propose, OpportunityStatus.OPEN, Optional.empty(), START.plusSeconds(2), ALICE);
        write(() -> deals().update(reopened));

        assertThat(inTx(() -> deals().byCustomer(ada.id(), true, Optional.empty(), 10))).containsExactly(reopened);
    }

    // ---- in stage ------------------------------------------------------------------------------------------------

    @Test
    void inStage_holdsTheDealsCurrentlyInTheStage_byCreatedAtThenUnsignedIdDescending() {
        Instant older = START;
        Instant newer = START.plus(Duration.ofHours(1));
        open(ID_LOW_HALF_SIGNED, ada, qualify, older);
        open(ID_MAX, bob, qualify, newer);
        open(ID_1, ada, qualify, newer);
        open(ID_HIGH_HALF_SIGNED, bob, qualify, older);
        open(ID_HIGH_HALF_MAX_SIGNED, ada, propose, newer);
        won(OTHER_ID, ada, newer);

        assertThat(ids(inTx(() -> deals().inStage(sales.id(), qualify, Optional.empty(), 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().inStage(sales.id(), qualify, Optional.empty(), 3))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().inStage(sales.id(), qualify, after(newer, ID_1), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().inStage(sales.id(), qualify, after(older, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> deals().inStage(sales.id(), propose, Optional.empty(), 100))))
                .containsExactly(ID_HIGH_HALF_MAX_SIGNED);
        assertThat(ids(inTx(() -> deals().inStage(sales.id(), sales.wonStage().id(), Optional.empty(), 100))))
                .containsExactly(OTHER_ID);
        assertThat(inTx(() -> deals().inStage(renewals.id(), renewals.openStages().get(0).id(), Optional.empty(), 100)))
                .isEmpty();
    }

    @Test
    void inStage_holdsOnlyTheNamedPipelinesDeals_evenWhenAnotherPipelineHasAStageWithTheSameId() {
        // Stage ids need only be unique within a pipeline; the query names the pipeline as well.
        Pipeline twin = new Pipeline(PipelineId.of(UUID.fromString("00000000-0000-0000-0000-00000000005c")), "Twin",
                sales.stages(), false, START, START, 0);
        write(() -> store.pipelines().insert(twin));
        Opportunity inSales = open(ID_MAX, ada, qualify, START);
        Opportunity inTwin = TestData.openDeal(ID_1, ada.id(), twin.id(), qualify, START.plusSeconds(60));
        write(() -> deals().insert(inTwin));

        assertThat(inTx(() -> deals().inStage(sales.id(), qualify, Optional.empty(), 1))).containsExactly(inSales);
        assertThat(inTx(() -> deals().inStage(sales.id(), qualify, Optional.empty(), 10))).containsExactly(inSales);
        assertThat(inTx(() -> deals().inStage(twin.id(), qualify, Optional.empty(), 10))).containsExactly(inTwin);
        assertThat(inTx(() -> deals().inStage(twin.id(), qualify, after(START.plusSeconds(60), ID_1), 10))).isEmpty();
    }

    @Test
    void inStage_followsStageMoves() {
        Opportunity deal = open(ID_1, ada, qualify, START);
        Opportunity moved = deal.movedTo(propose, OpportunityStatus.OPEN, Optional.empty(), START.plusSeconds(1), ALICE);

        write(() -> deals().update(moved));

        assertThat(inTx(() -> deals().inStage(sales.id(), qualify, Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> deals().inStage(sales.id(), propose, Optional.empty(), 10))).containsExactly(moved);
    }
}
