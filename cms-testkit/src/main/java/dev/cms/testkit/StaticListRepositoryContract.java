package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link dev.cms.core.spi.StaticListRepository} (and the {@link dev.cms.core.spi.LeadScoreRepository} beside
 * it) must do on its own: lists with optimistic versions and unsigned id order; members added and removed reporting
 * exactly who changed, ascending by id in unsigned order; paging, counting and testing members; deleting a list with
 * its memberships; one latest lead score per customer.
 */
public abstract class StaticListRepositoryContract extends RepositoryContractSupport {
    private final List<CustomerId> customers = new ArrayList<>();

    /** For subclasses. */
    protected StaticListRepositoryContract() {
    }

    /** Stores five customers with TestData's hand-picked ids, in a scrambled order; {@link #customers} is ascending. */
    @BeforeEach
    void insertCustomers() {
        List<UUID> ids = TestData.idsInUnsignedOrder();
        write(() -> {
            for (UUID id : List.of(ids.get(2), ids.get(4), ids.get(0), ids.get(3), ids.get(1))) {
                store.customers().insert(TestData.customer(id, TestData.person("No", id.toString()), START));
            }
        });
        ids.forEach(id -> customers.add(CustomerId.of(id)));
    }

    private static StaticList list(UUID id, String name) {
        return new StaticList(StaticListId.of(id), name, Optional.empty(), START, START, 0);
    }

    private CustomerId customer(int index) {
        return customers.get(index);
    }

    @Test
    void insert_findUpdateAndDelete_followTheVersions() {
        StaticList list = list(TestData.ID_1, "Newsletter");
        write(() -> store.staticLists().insert(list));
        assertThat(inTx(() -> store.staticLists().findById(list.id()))).contains(list);
        assertConflict(ConflictException.Reason.CONCURRENT_MODIFICATION,
                () -> write(() -> store.staticLists().insert(list(TestData.ID_1, "Again"))));

        StaticList renamed = new StaticList(list.id(), "Readers", Optional.of("who reads"), START,
                START.plus(Duration.ofMinutes(1)), 1);
        write(() -> store.staticLists().update(renamed));
        assertThat(inTx(() -> store.staticLists().findById(list.id()))).contains(renamed);
        assertConflict(ConflictException.Reason.STALE_VERSION, () -> write(() -> store.staticLists().update(
                new StaticList(list.id(), "Stale", Optional.empty(), START, START, 1))));
        assertFails(NotFoundException.class, () -> write(() -> store.staticLists().update(
                new StaticList(StaticListId.of(TestData.ID_MAX), "Missing", Optional.empty(), START, START, 1))));

        assertConflict(ConflictException.Reason.STALE_VERSION, () -> write(() -> store.staticLists().delete(list.id(), 0)));
        write(() -> store.staticLists().delete(list.id(), 1));
        assertThat(inTx(() -> store.staticLists().findById(list.id()))).isEmpty();
        assertFails(NotFoundException.class, () -> write(() -> store.staticLists().delete(list.id(), 1)));
    }

    @Test
    void list_ordersByIdInUnsignedOrder() {
        List<UUID> ids = TestData.idsInUnsignedOrder();
        for (UUID id : List.of(ids.get(4), ids.get(1), ids.get(3), ids.get(0), ids.get(2))) {
            write(() -> store.staticLists().insert(list(id, "l" + id)));
        }

        List<StaticList> first = inTx(() -> store.staticLists().list(Optional.empty(), 2));
        List<StaticList> rest = inTx(() -> store.staticLists().list(Optional.of(first.get(1).id()), 10));

        assertThat(first).extracting(l -> l.id().value()).containsExactly(ids.get(0), ids.get(1));
        assertThat(rest).extracting(l -> l.id().value()).containsExactly(ids.get(2), ids.get(3), ids.get(4));
    }

    @Test
    void addMembers_returnsOnlyNewMembers_ascendingByIdInUnsignedOrder() {
        StaticList list = list(TestData.ID_1, "Newsletter");
        write(() -> store.staticLists().insert(list));

        List<CustomerId> added = inTx(() -> store.staticLists().addMembers(list.id(),
                List.of(customer(4), customer(0), customer(2)), START));
        List<CustomerId> addedAgain = inTx(() -> store.staticLists().addMembers(list.id(),
                List.of(customer(2), customer(3), customer(1)), START));

        assertThat(added).containsExactly(customer(0), customer(2), customer(4));
        assertThat(addedAgain).containsExactly(customer(1), customer(3));
        assertThat(inTx(() -> store.staticLists().count(list.id()))).isEqualTo(5);
        assertThat(inTx(() -> store.staticLists().members(list.id(), Optional.empty(), 10))).containsExactlyElementsOf(customers);
    }

    @Test
    void removeMembers_returnsOnlyFormerMembers_ascending_andMembersPageAfterAnId() {
        StaticList list = list(TestData.ID_1, "Newsletter");
        write(() -> store.staticLists().insert(list));
        write(() -> store.staticLists().addMembers(list.id(), List.of(customer(3), customer(1), customer(0), customer(4)), START));

        List<CustomerId> removed = inTx(() -> store.staticLists().removeMembers(list.id(), List.of(customer(4), customer(2), customer(0))));

        assertThat(removed).containsExactly(customer(0), customer(4));
        assertThat(inTx(() -> store.staticLists().members(list.id(), Optional.empty(), 1))).containsExactly(customer(1));
        assertThat(inTx(() -> store.staticLists().members(list.id(), Optional.of(customer(1)), 5))).containsExactly(customer(3));
        assertThat(inTx(() -> store.staticLists().members(list.id(), Optional.of(customer(2)), 5))).containsExactly(customer(3));
        assertThat(inTx(() -> store.staticLists().contains(list.id(), customer(3)))).isTrue();
        assertThat(inTx(() -> store.staticLists().contains(list.id(), customer(0)))).isFalse();
        assertThat(inTx(() -> store.staticLists().count(list.id()))).isEqualTo(2);
    }

    @Test
    void membersOfOneList_areNotMembersOfAnother() {
        StaticList first = list(TestData.ID_1, "First");
        StaticList second = list(TestData.ID_MAX, "Second");
        write(() -> {
            store.staticLists().insert(first);
            store.staticLists().insert(second);
            store.staticLists().addMembers(first.id(), List.of(customer(0)), START);
            store.staticLists().addMembers(second.id(), List.of(customer(1)), START);
        });

        assertThat(inTx(() -> store.staticLists().members(first.id(), Optional.empty(), 10))).containsExactly(customer(0));
        assertThat(inTx(() -> store.staticLists().contains(second.id(), customer(0)))).isFalse();
        assertThat(inTx(() -> store.staticLists().count(second.id()))).isEqualTo(1);
    }

    @Test
    void delete_removesTheMemberships_soAListStoredAgainUnderTheSameIdIsEmpty() {
        StaticList list = list(TestData.ID_1, "Newsletter");
        write(() -> {
            store.staticLists().insert(list);
            store.staticLists().addMembers(list.id(), List.of(customer(0), customer(1)), START);
        });

        write(() -> store.staticLists().delete(list.id(), 0));
        write(() -> store.staticLists().insert(list));

        assertThat(inTx(() -> store.staticLists().count(list.id()))).isZero();
        assertThat(inTx(() -> store.staticLists().contains(list.id(), customer(0)))).isFalse();
        assertThat(inTx(() -> store.staticLists().members(list.id(), Optional.empty(), 10))).isEmpty();
    }

    @Test
    void membershipChanges_inAFailedTransaction_areRolledBack() {
        StaticList list = list(TestData.ID_1, "Newsletter");
        write(() -> {
            store.staticLists().insert(list);
            store.staticLists().addMembers(list.id(), List.of(customer(0)), START);
        });

        assertFails(IllegalStateException.class, () -> write(() -> {
            store.staticLists().addMembers(list.id(), List.of(customer(1)), START);
            store.staticLists().removeMembers(list.id(), List.of(customer(0)));
            throw new IllegalStateException("boom");
        }));

        assertThat(inTx(() -> store.staticLists().members(list.id(), Optional.empty(), 10))).containsExactly(customer(0));
    }

    @Test
    void leadScores_keepTheLatestScorePerCustomer() {
        Customer ada = TestData.customer(UUID.fromString("0000000a-0000-0000-0000-000000000000"), TestData.person("Ada", "L"), START);
        write(() -> store.customers().insert(ada));
        assertThat(inTx(() -> store.leadScores().find(ada.id()))).isEmpty();

        LeadScore first = new LeadScore(ada.id(), new BigDecimal("42.50"), START);
        write(() -> store.leadScores().save(first));
        assertThat(inTx(() -> store.leadScores().find(ada.id()))).contains(first);
        assertThat(first.score()).isEqualByComparingTo("42.5");

        LeadScore second = new LeadScore(ada.id(), new BigDecimal("-3"), START.plus(Duration.ofDays(1)));
        write(() -> store.leadScores().save(second));
        assertThat(inTx(() -> store.leadScores().find(ada.id()))).contains(second);
        assertThat(inTx(() -> store.leadScores().find(customer(0)))).isEmpty();
        // Scores have at most two fraction digits (LeadScore's Javadoc), so an adapter may store them at scale 2.
        assertThat(new LeadScore(ada.id(), new BigDecimal("1.230"), START).score()).isEqualByComparingTo("1.23");
        ContractAssertions.assertViolations(() -> new LeadScore(ada.id(), new BigDecimal("1.005"), START), "score");
    }
}
