package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Principal;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.segment.StaticListMembersChanged;
import dev.cms.core.segment.StaticListSaved;
import dev.cms.core.segment.StaticListService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link StaticListService} promises: lists are created, renamed with optimistic locking and deleted (not while a
 * saved segment refers to them); members are added all or nothing (each unknown customer reported as
 * {@code customers[i]}, at most {@link StaticListService#MAX_BATCH} ids per call, duplicates and existing members
 * counted once), removed, paged by id in unsigned order, counted and tested; every change publishes its event.
 */
public abstract class StaticListContract extends CmsContractSupport {
    private static final Comparator<CustomerId> UNSIGNED = Comparator.comparing(CustomerId::value, ReferenceModel.UNSIGNED);

    private Customer ada;
    private Customer grace;
    private Customer bob;

    /** For subclasses. */
    protected StaticListContract() {
    }

    @BeforeEach
    void createCustomers() {
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        grace = alice.customers().create(alice.customers().person("Grace", "Hopper").build());
        bob = alice.customers().create(alice.customers().person("Bob", "Byte").build());
        events.clear();
    }

    private StaticListService lists() {
        return alice.lists();
    }

    private static List<CustomerId> sorted(Customer... customers) {
        return Stream.of(customers).map(Customer::id).sorted(UNSIGNED).toList();
    }

    // ---- the list itself --------------------------------------------------------------------------------------------

    @Test
    void create_storesAnEmptyListAtVersionZero_andPublishesStaticListSaved() {
        Instant at = clock.advance(Duration.ofMinutes(5));

        StaticList list = lists().create("Newsletter", Optional.of("Monthly readers"));

        assertThat(list.name()).isEqualTo("Newsletter");
        assertThat(list.description()).contains("Monthly readers");
        assertThat(list.version()).isZero();
        assertThat(list.createdAt()).isEqualTo(at);
        assertThat(list.updatedAt()).isEqualTo(at);
        assertThat(lists().find(list.id())).contains(list);
        assertThat(lists().count(list.id())).isZero();
        assertThat(events.events()).containsExactly(new StaticListSaved(list, alice.principal().userId(), at));
    }

    @Test
    void create_withAnInvalidName_isRefused_andStoresNothing() {
        assertViolations(() -> lists().create("  ", Optional.empty()), "name");
        assertViolations(() -> lists().create("x".repeat(201), Optional.empty()), "name");
        assertViolations(() -> lists().create("two\nlines", Optional.empty()), "name");

        assertThat(lists().list(PageRequest.first(10)).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void rename_changesNameAndDescription_keepsMembers_andRefusesAStaleVersion() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        lists().add(list.id(), List.of(ada.id()));
        Instant at = clock.advance(Duration.ofMinutes(1));
        events.clear();

        StaticList renamed = lists().rename(list.id(), 0, "Readers", Optional.of("Everyone who reads"));

        assertThat(renamed).isEqualTo(new StaticList(list.id(), "Readers", Optional.of("Everyone who reads"),
                list.createdAt(), at, 1));
        assertThat(lists().find(list.id())).contains(renamed);
        assertThat(lists().contains(list.id(), ada.id())).isTrue();
        assertThat(events.events()).containsExactly(new StaticListSaved(renamed, alice.principal().userId(), at));
        events.clear();

        assertConflict(ConflictException.Reason.STALE_VERSION, () -> lists().rename(list.id(), 0, "Stale", Optional.empty()));
        assertFails(NotFoundException.class, () -> lists().rename(StaticListId.of(TestData.ID_1), 0, "x", Optional.empty()));
        assertThat(lists().find(list.id())).contains(renamed);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void delete_removesTheListAndItsMemberships_afterCheckingTheVersion() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        lists().add(list.id(), List.of(ada.id(), grace.id()));
        StaticList other = lists().create("Other", Optional.empty());
        lists().add(other.id(), List.of(ada.id()));

        assertConflict(ConflictException.Reason.STALE_VERSION, () -> lists().delete(list.id(), 1));
        assertThat(lists().count(list.id())).isEqualTo(2);

        lists().delete(list.id(), 0);

        assertThat(lists().find(list.id())).isEmpty();
        assertFails(NotFoundException.class, () -> lists().count(list.id()));
        assertFails(NotFoundException.class, () -> lists().members(list.id(), PageRequest.first(10)));
        assertFails(NotFoundException.class, () -> lists().contains(list.id(), ada.id()));
        assertFails(NotFoundException.class, () -> lists().delete(list.id(), 0));
        assertThat(lists().contains(other.id(), ada.id())).isTrue();
        assertThat(lists().list(PageRequest.first(10)).items()).containsExactly(other);
    }

    @Test
    void delete_isRefused_whileASavedSegmentRefersToTheList_andAllowedOnceTheReferenceIsGone() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        lists().add(list.id(), List.of(ada.id()));
        Segment readers = alice.segments().create(SegmentDefinition.of("Readers",
                Rule.any(Rule.field("name").isNotSet(), Rule.not(Rule.not(Rule.inList(list.id()))))));

        assertViolations(() -> lists().delete(list.id(), 0), "list");
        assertThat(lists().find(list.id())).contains(list);
        assertThat(lists().contains(list.id(), ada.id())).isTrue();

        alice.segments().update(readers.id(), readers.version(), SegmentDefinition.of("Readers", Rule.field("name").isSet()));
        lists().delete(list.id(), 0);
        assertThat(lists().find(list.id())).isEmpty();
    }

    @Test
    void list_pagesListsByIdInUnsignedOrder() {
        List<UUID> ids = TestData.idsInUnsignedOrder();
        Iterator<UUID> handOut = List.of(ids.get(4), ids.get(2), ids.get(0), ids.get(3), ids.get(1)).iterator();
        Cms fixed = Cms.builder().persistence(store).clock(clock).idSource(handOut::next).build();
        CmsScope scoped = fixed.as(Principal.of("alice"));
        for (int i = 0; i < ids.size(); i++) {
            scoped.lists().create("list " + i, Optional.empty());
        }

        Page<StaticList> first = lists().list(PageRequest.first(3));
        Page<StaticList> second = lists().list(PageRequest.after(first.next().orElseThrow(), 3));

        assertThat(first.items()).extracting(l -> l.id().value()).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(second.items()).extracting(l -> l.id().value()).containsExactly(ids.get(3), ids.get(4));
        assertThat(second.next()).isEmpty();
    }

    // ---- members ----------------------------------------------------------------------------------------------------

    @Test
    void add_addsNewMembers_countsDuplicatesAndExistingMembersOnce_andPublishesWhoWasAdded() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        events.clear();

        int added = lists().add(list.id(), List.of(ada.id(), grace.id(), ada.id()));

        assertThat(added).isEqualTo(2);
        assertThat(lists().count(list.id())).isEqualTo(2);
        assertThat(events.events()).containsExactly(new StaticListMembersChanged(list.id(), sorted(ada, grace), List.of(),
                alice.principal().userId(), START));
        events.clear();

        assertThat(lists().add(list.id(), List.of(grace.id(), bob.id()))).isEqualTo(1);
        assertThat(events.events()).containsExactly(new StaticListMembersChanged(list.id(), List.of(bob.id()), List.of(),
                alice.principal().userId(), START));
        events.clear();

        assertThat(lists().add(list.id(), List.of(ada.id()))).isZero();
        assertThat(lists().add(list.id(), List.of())).isZero();
        assertThat(events.events()).isEmpty();
        assertThat(lists().count(list.id())).isEqualTo(3);
    }

    @Test
    void add_withUnknownCustomers_namesEachByIndex_andAddsNobody() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        events.clear();
        CustomerId unknown = CustomerId.of(TestData.ID_1);
        CustomerId alsoUnknown = CustomerId.of(TestData.ID_MAX);

        assertViolations(() -> lists().add(list.id(), List.of(ada.id(), unknown, grace.id(), alsoUnknown)),
                "customers[1]", "customers[3]");

        assertThat(lists().count(list.id())).isZero();
        assertThat(lists().contains(list.id(), ada.id())).isFalse();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void add_acceptsAtMostMaxBatchIdsPerCall() {
        StaticList list = lists().create("Import", Optional.empty());
        List<CustomerId> tooMany = new ArrayList<>();
        for (int i = 0; i <= StaticListService.MAX_BATCH; i++) {
            tooMany.add(CustomerId.of(new UUID(7, i)));
        }
        List<CustomerId> justEnough = new ArrayList<>(tooMany.subList(0, StaticListService.MAX_BATCH - 1));
        justEnough.add(ada.id());

        assertViolations(() -> lists().add(list.id(), tooMany), "customers");
        // MAX_BATCH ids are accepted as a batch; here they fail only because all but the last are unknown.
        ValidationException unknown = assertFails(ValidationException.class, () -> lists().add(list.id(), justEnough));
        assertThat(unknown.violations()).hasSize(StaticListService.MAX_BATCH - 1)
                .allMatch(v -> v.path().startsWith("customers["));
        assertThat(lists().count(list.id())).isZero();
    }

    @Test
    void addRemoveMembersCountContains_onAListThatDoesNotExist_areNotFound() {
        StaticListId missing = StaticListId.of(TestData.ID_1);

        assertFails(NotFoundException.class, () -> lists().add(missing, List.of(ada.id())));
        assertFails(NotFoundException.class, () -> lists().remove(missing, List.of(ada.id())));
        assertFails(NotFoundException.class, () -> lists().members(missing, PageRequest.first(10)));
        assertFails(NotFoundException.class, () -> lists().count(missing));
        assertFails(NotFoundException.class, () -> lists().contains(missing, ada.id()));
        assertThat(lists().find(missing)).isEmpty();
    }

    @Test
    void remove_removesMembers_ignoresOthers_andPublishesWhoWasRemoved() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        lists().add(list.id(), List.of(ada.id(), grace.id(), bob.id()));
        Instant at = clock.advance(Duration.ofMinutes(2));
        events.clear();

        int removed = lists().remove(list.id(), List.of(bob.id(), CustomerId.of(TestData.ID_1), ada.id(), bob.id()));

        assertThat(removed).isEqualTo(2);
        assertThat(lists().count(list.id())).isEqualTo(1);
        assertThat(lists().contains(list.id(), grace.id())).isTrue();
        assertThat(lists().contains(list.id(), ada.id())).isFalse();
        assertThat(events.events()).containsExactly(new StaticListMembersChanged(list.id(), List.of(), sorted(ada, bob),
                alice.principal().userId(), at));
        events.clear();

        assertThat(lists().remove(list.id(), List.of(ada.id()))).isZero();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void members_arePagedByIdInUnsignedOrder_withCursorsOnlyThisQueryAccepts() {
        List<UUID> ids = TestData.idsInUnsignedOrder();
        Iterator<UUID> handOut = List.of(ids.get(2), ids.get(4), ids.get(0), ids.get(3), ids.get(1)).iterator();
        Cms fixed = Cms.builder().persistence(store).clock(clock).idSource(() -> handOut.hasNext() ? handOut.next() : UUID.randomUUID())
                .build();
        CmsScope scoped = fixed.as(Principal.of("alice"));
        List<Customer> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            members.add(scoped.customers().create(scoped.customers().person("Member", "No " + i).build()));
        }
        StaticList list = lists().create("Members", Optional.empty());
        lists().add(list.id(), members.stream().map(Customer::id).toList());

        Page<Customer> first = lists().members(list.id(), PageRequest.first(2));
        Page<Customer> second = lists().members(list.id(), PageRequest.after(first.next().orElseThrow(), 2));
        Page<Customer> third = lists().members(list.id(), PageRequest.after(second.next().orElseThrow(), 2));

        assertThat(first.items()).extracting(c -> c.id().value()).containsExactly(ids.get(0), ids.get(1));
        assertThat(second.items()).extracting(c -> c.id().value()).containsExactly(ids.get(2), ids.get(3));
        assertThat(third.items()).extracting(c -> c.id().value()).containsExactly(ids.get(4));
        assertThat(third.next()).isEmpty();
        assertThat(first.items().get(0)).isEqualTo(alice.customers().get(first.items().get(0).id()));
        assertThat(lists().count(list.id())).isEqualTo(5);
        var otherQuery = lists().list(PageRequest.first(1));
        assertThat(otherQuery.next()).isEmpty();
        var customerCursor = alice.customers().list(PageRequest.first(1)).next().orElseThrow();
        assertViolations(() -> lists().members(list.id(), PageRequest.after(customerCursor, 2)), "page.after");
    }

    @Test
    void members_leaveOutHiddenCustomers_andHiddenCustomersCannotBeAddedOrTested() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        lists().add(list.id(), List.of(ada.id(), grace.id()));
        CmsScope dave = cmsWith(request -> !request.customer().equals(Optional.of(ada.id()))).as(Principal.of("dave"));
        events.clear();

        List<CustomerId> seen = new ArrayList<>();
        Page<Customer> page = dave.lists().members(list.id(), PageRequest.first(1));
        int pages = 1;
        page.items().forEach(c -> seen.add(c.id()));
        while (page.next().isPresent()) {
            page = dave.lists().members(list.id(), PageRequest.after(page.next().get(), 1));
            page.items().forEach(c -> seen.add(c.id()));
            pages++;
        }

        assertThat(seen).containsExactly(grace.id());
        assertThat(pages).isEqualTo(2);
        assertThat(dave.lists().contains(list.id(), grace.id())).isTrue();
        assertFails(AccessDeniedException.class, () -> dave.lists().contains(list.id(), ada.id()));
        assertFails(AccessDeniedException.class, () -> dave.lists().add(list.id(), List.of(bob.id(), ada.id())));
        assertThat(lists().contains(list.id(), bob.id())).isFalse();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void aListIsASegmentLeaf_soSegmentsFollowItsMembership() {
        StaticList list = lists().create("Newsletter", Optional.empty());
        Segment readers = alice.segments().create(SegmentDefinition.of("Readers", Rule.inList(list.id())));
        assertThat(alice.segments().count(readers.id())).isZero();

        lists().add(list.id(), List.of(ada.id(), bob.id()));
        assertThat(alice.segments().members(readers.id(), PageRequest.first(10)).items()).extracting(Customer::id)
                .containsExactlyElementsOf(sorted(ada, bob));

        lists().remove(list.id(), List.of(ada.id()));
        assertThat(alice.segments().members(readers.id(), PageRequest.first(10)).items()).extracting(Customer::id)
                .containsExactly(bob.id());
        assertThat(alice.segments().count(readers.id())).isEqualTo(1);
    }
}
