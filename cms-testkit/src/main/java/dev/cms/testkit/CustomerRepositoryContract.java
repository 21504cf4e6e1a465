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
import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.spi.CustomerRepository;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a {@link CustomerRepository} must do on its own: store customers exactly, enforce the version rule and the
 * uniqueness of ids and external ids, match e-mail addresses case-insensitively, and list in unsigned id order.
 */
public abstract class CustomerRepositoryContract extends RepositoryContractSupport {
    /** For subclasses. */
    protected CustomerRepositoryContract() {
    }

    private CustomerRepository customers() {
        return store.customers();
    }

    private Customer insert(UUID id, CustomerProfile profile) {
        Customer customer = TestData.customer(id, profile, START);
        write(() -> customers().insert(customer));
        return customer;
    }

    private Optional<Customer> find(Customer customer) {
        return inTx(() -> customers().findById(customer.id()));
    }

    private static CustomerId id(UUID value) {
        return CustomerId.of(value);
    }

    @Test
    void insert_thenFindById_returnsAnEqualCustomer_withEveryField() {
        Customer customer = TestData.customer(ID_MAX, TestData.everyFieldPerson("erp-1").build(),
                Instant.parse("2026-01-15T09:00:00.123456Z"));

        write(() -> customers().insert(customer));

        assertThat(find(customer)).contains(customer);
        assertThat(inTx(() -> customers().count())).isEqualTo(1);
    }

    @Test
    void findById_ofAnUnknownId_isEmpty() {
        insert(ID_1, TestData.person("Ada", "Lovelace"));

        assertThat(inTx(() -> customers().findById(id(ID_MAX)))).isEmpty();
    }

    @Test
    void readsOutsideATransaction_seeCommittedData() {
        Customer ada = insert(ID_1, TestData.person("Ada", "Lovelace"));

        assertThat(customers().findById(ada.id())).contains(ada);
        assertThat(customers().list(Optional.empty(), 10)).containsExactly(ada);
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredCustomer() {
        Customer ada = insert(ID_1, TestData.person("Ada", "Lovelace"));

        assertConflict(Reason.CONCURRENT_MODIFICATION,
                () -> write(() -> customers().insert(TestData.customer(ID_1, TestData.person("Bob", "Byte"), START))));

        assertThat(find(ada)).contains(ada);
        assertThat(inTx(() -> customers().count())).isEqualTo(1);
    }

    @Test
    void insert_withAnExternalIdAlreadyUsed_isADuplicateConflict() {
        Customer ada = insert(ID_1, CustomerProfile.person("Ada", "Lovelace").externalId("erp-1").build());

        assertConflict(Reason.DUPLICATE, () -> insert(ID_MAX, CustomerProfile.person("Bob", "Byte").externalId("erp-1").build()));

        assertThat(inTx(() -> customers().findById(id(ID_MAX)))).isEmpty();
        assertThat(inTx(() -> customers().findByExternalId(ExternalId.of("erp-1")))).contains(ada);
    }

    @Test
    void update_withTheNextVersion_replacesTheStoredCustomer() {
        Customer v0 = insert(ID_1, TestData.person("Ada", "Lovelace"));
        Customer v1 = v0.withProfile(TestData.everyFieldPerson("erp-1").build(), START.plus(Duration.ofHours(1)));

        write(() -> customers().update(v1));

        assertThat(find(v0)).contains(v1);
        assertThat(inTx(() -> customers().count())).isEqualTo(1);
    }

    @Test
    void update_whoseVersionIsNotTheStoredOnePlusOne_isStale_andKeepsTheStoredCustomer() {
        Customer v0 = insert(ID_1, TestData.person("Ada", "Lovelace"));
        Customer v1 = v0.withProfile(TestData.person("Ada", "King"), START.plusSeconds(1));
        write(() -> customers().update(v1));
        Customer sameVersionAgain = v0.withProfile(TestData.person("Ada", "Byron"), START.plusSeconds(2));
        Customer skipsAVersion = v1.withProfile(TestData.person("Ada", "Byron"), START.plusSeconds(2))
                .withProfile(TestData.person("Ada", "Byron"), START.plusSeconds(3));
        Customer olderVersion = new Customer(v1.id(), TestData.person("Ada", "Byron"), START, START.plusSeconds(2), 0);

        assertConflict(Reason.STALE_VERSION, () -> write(() -> customers().update(sameVersionAgain)));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> customers().update(skipsAVersion)));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> customers().update(olderVersion)));

        assertThat(find(v0)).contains(v1);
    }

    @Test
    void update_ofAnUnknownId_isNotFound() {
        Customer ghost = TestData.customer(ID_MAX, TestData.person("Ghost", "Writer"), START)
                .withProfile(TestData.person("Ghost", "Writer"), START.plusSeconds(1));

        assertFails(NotFoundException.class, () -> write(() -> customers().update(ghost)));

        assertThat(inTx(() -> customers().count())).isZero();
    }

    @Test
    void update_takingAnotherCustomersExternalId_isADuplicateConflict_andKeepsBoth() {
        Customer ada = insert(ID_1, CustomerProfile.person("Ada", "Lovelace").externalId("erp-1").build());
        Customer bob = insert(ID_MAX, CustomerProfile.person("Bob", "Byte").externalId("erp-2").build());

        assertConflict(Reason.DUPLICATE, () -> write(() -> customers().update(
                bob.withProfile(bob.profile().toBuilder().externalId("erp-1").build(), START.plusSeconds(1)))));

        assertThat(find(bob)).contains(bob);
        assertThat(inTx(() -> customers().findByExternalId(ExternalId.of("erp-1")))).contains(ada);
        assertThat(inTx(() -> customers().findByExternalId(ExternalId.of("erp-2")))).contains(bob);
    }

    @Test
    void update_keepingItsOwnExternalId_isNoConflict() {
        Customer ada = insert(ID_1, CustomerProfile.person("Ada", "Lovelace").externalId("erp-1").build());
        Customer v1 = ada.withProfile(ada.profile().toBuilder().tag("vip").build(), START.plusSeconds(1));

        write(() -> customers().update(v1));

        assertThat(inTx(() -> customers().findByExternalId(ExternalId.of("erp-1")))).contains(v1);
    }

    @Test
    void update_changingTheExternalId_freesTheOldOneForOthers() {
        Customer ada = insert(ID_1, CustomerProfile.person("Ada", "Lovelace").externalId("erp-1").build());
        Customer moved = ada.withProfile(ada.profile().toBuilder().externalId("erp-9").build(), START.plusSeconds(1));
        write(() -> customers().update(moved));

        Customer bob = insert(ID_MAX, CustomerProfile.person("Bob", "Byte").externalId("erp-1").build());

        assertThat(inTx(() -> customers().findByExternalId(ExternalId.of("erp-1")))).contains(bob);
        assertThat(inTx(() -> customers().findByExternalId(ExternalId.of("erp-9")))).contains(moved);
    }

    @Test
    void findByEmail_matchesEveryAddressOfEveryCustomerCaseInsensitively_orderedByUnsignedId() {
        Customer high = insert(ID_MAX, CustomerProfile.person("Max", "High").email("Ada@Example.com").build());
        Customer secondary = insert(ID_HIGH_HALF_SIGNED, CustomerProfile.person("Sec", "Ondary")
                .email("other@example.com").email("ada@example.com").build());
        Customer low = insert(ID_1, CustomerProfile.person("Min", "Low").email("ADA@example.com").build());
        insert(ID_LOW_HALF_SIGNED, CustomerProfile.person("No", "Match").email("ada@example.org").email("bada@example.com").build());

        List<Customer> found = inTx(() -> customers().findByEmail(Email.of("ada@EXAMPLE.COM")));

        assertThat(found).containsExactly(low, secondary, high);
    }

    @Test
    void findByEmail_forgetsAnAddressRemovedByAnUpdate() {
        Customer ada = insert(ID_1, CustomerProfile.person("Ada", "Lovelace").email("ada@example.com").build());
        Customer v1 = ada.withProfile(ada.profile().toBuilder().clearEmails().email("ada@example.org").build(), START.plusSeconds(1));

        write(() -> customers().update(v1));

        assertThat(inTx(() -> customers().findByEmail(Email.of("ada@example.com")))).isEmpty();
        assertThat(inTx(() -> customers().findByEmail(Email.of("ada@example.org")))).containsExactly(v1);
    }

    @Test
    void list_isInUnsignedIdOrder_notJavaSignedUuidOrder() {
        List<UUID> insertionOrder = List.of(ID_HIGH_HALF_SIGNED, ID_1, ID_MAX, ID_LOW_HALF_SIGNED, ID_HIGH_HALF_MAX_SIGNED);
        insertionOrder.forEach(id -> insert(id, TestData.person("P", id.toString())));

        List<Customer> listed = inTx(() -> customers().list(Optional.empty(), 100));

        assertThat(listed).extracting(c -> c.id().value()).containsExactly(
                ID_1, ID_LOW_HALF_SIGNED, ID_HIGH_HALF_MAX_SIGNED, ID_HIGH_HALF_SIGNED, ID_MAX);
    }

    @Test
    void list_after_returnsOnlyGreaterIds_upToTheLimit() {
        TestData.idsInUnsignedOrder().forEach(id -> insert(id, TestData.person("P", id.toString())));

        assertThat(inTx(() -> customers().list(Optional.of(id(ID_1)), 2))).extracting(c -> c.id().value())
                .containsExactly(ID_LOW_HALF_SIGNED, ID_HIGH_HALF_MAX_SIGNED);
        assertThat(inTx(() -> customers().list(Optional.of(id(ID_HIGH_HALF_MAX_SIGNED)), 10))).extracting(c -> c.id().value())
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_MAX);
        assertThat(inTx(() -> customers().list(Optional.of(id(ID_MAX)), 10))).isEmpty();
        assertThat(inTx(() -> customers().list(Optional.empty(), 1))).extracting(c -> c.id().value()).containsExactly(ID_1);
    }

    @Test
    void list_afterAnIdThatIsNotStored_continuesAtTheNextGreaterId() {
        insert(ID_1, TestData.person("A", "A"));
        insert(ID_MAX, TestData.person("B", "B"));
        UUID between = UUID.fromString("80000000-0000-0000-0000-000000000001");

        assertThat(inTx(() -> customers().list(Optional.of(id(between)), 10))).extracting(c -> c.id().value())
                .containsExactly(ID_MAX);
        assertThat(inTx(() -> customers().list(Optional.of(id(new UUID(0, 0))), 10))).extracting(c -> c.id().value())
                .containsExactly(ID_1, ID_MAX);
    }

    @Test
    void count_countsStoredCustomers() {
        assertThat(inTx(() -> customers().count())).isZero();
        TestData.idsInUnsignedOrder().forEach(id -> insert(id, TestData.person("P", id.toString())));

        assertThat(inTx(() -> customers().count())).isEqualTo(5);
    }

    @Test
    void insertAll_storesEveryCustomerExactly_andListsThemInUnsignedIdOrder() {
        List<Customer> batch = List.of(
                TestData.customer(ID_HIGH_HALF_SIGNED, TestData.everyFieldPerson("erp-1").build(), START),
                TestData.customer(ID_1, TestData.person("Ada", "Lovelace"), START),
                TestData.customer(ID_MAX, TestData.organization("Analytical Engines Ltd"), START),
                TestData.customer(ID_LOW_HALF_SIGNED, CustomerProfile.person("Bob", "Byte").email("bob@example.org")
                        .attribute("score", new AttributeValue.Number(new BigDecimal("12.5"))).build(), START));

        write(() -> customers().insertAll(batch));

        assertThat(inTx(() -> customers().list(Optional.empty(), 10))).containsExactly(
                batch.get(1), batch.get(3), batch.get(0), batch.get(2));
        assertThat(inTx(() -> customers().findByEmail(Email.of("ADA.king@example.org")))).containsExactly(batch.get(0));
        assertThat(inTx(() -> customers().findByExternalId(ExternalId.of("erp-1")))).contains(batch.get(0));
    }

    @Test
    void insertAll_keepsTextWithBackslashesTabsLineBreaksAndNonAsciiExactly() {
        Customer odd = TestData.customer(ID_1, CustomerProfile.person("Zoë 😀", "O\\Brien \\N").email("zoe@example.org", "a\\b")
                .attribute("note", new AttributeValue.Text("line one\n\tline two\r\nback\\slash \\N")).build(), START);

        write(() -> customers().insertAll(List.of(odd)));

        assertThat(find(odd)).contains(odd);
    }

    @Test
    void insertAll_ofAnEmptyList_writesNothing() {
        write(() -> customers().insertAll(List.of()));

        assertThat(inTx(() -> customers().count())).isZero();
    }

    @Test
    void insertAll_ofMoreCustomersThanOneBatch_storesEveryOneWithItsChildRows() {
        List<Customer> batch = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            CustomerProfile profile = CustomerProfile.person("P", "Person " + i).email("p" + i + "@example.org", "work")
                    .phone("+49 30 9018" + (1000 + i)).address(Address.inCountry("DE")).tag("t" + (i % 3))
                    .attribute("rank", new AttributeValue.Number(BigDecimal.valueOf(i))).externalId("imp-" + i).build();
            batch.add(TestData.customer(new UUID(0, i + 1L), profile, START));
        }

        write(() -> customers().insertAll(batch));

        assertThat(inTx(() -> customers().count())).isEqualTo(1_100);
        for (int i : new int[] {0, 499, 500, 1_099}) {
            assertThat(inTx(() -> customers().findById(batch.get(i).id()))).contains(batch.get(i));
        }
        assertThat(inTx(() -> customers().findByEmail(Email.of("p777@example.org")))).containsExactly(batch.get(777));
    }

    @Test
    void insertAll_withTwoCustomersOfOneId_isAConcurrentModificationConflict_andWritesNone() {
        List<Customer> batch = List.of(TestData.customer(ID_MAX, TestData.person("Ada", "Lovelace"), START),
                TestData.customer(ID_1, TestData.person("Bob", "Byte"), START),
                TestData.customer(ID_MAX, TestData.person("Cy", "Clone"), START));

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> write(() -> customers().insertAll(batch)));

        assertThat(inTx(() -> customers().count())).isZero();
    }

    @Test
    void insertAll_withTwoCustomersOfOneExternalId_isADuplicateConflict_andWritesNone() {
        List<Customer> batch = List.of(
                TestData.customer(ID_1, CustomerProfile.person("Ada", "Lovelace").externalId("erp-1").build(), START),
                TestData.customer(ID_MAX, CustomerProfile.person("Bob", "Byte").externalId("erp-1").build(), START));

        assertConflict(Reason.DUPLICATE, () -> write(() -> customers().insertAll(batch)));

        assertThat(inTx(() -> customers().count())).isZero();
    }

    @Test
    void insertAll_withAnIdAlreadyStored_isAConcurrentModificationConflict_andWritesNoneOfTheList() {
        Customer ada = insert(ID_1, TestData.person("Ada", "Lovelace"));
        List<Customer> batch = List.of(TestData.customer(ID_MAX, TestData.person("Bob", "Byte"), START),
                TestData.customer(ID_1, TestData.person("Cy", "Clone"), START));

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> write(() -> customers().insertAll(batch)));

        assertThat(inTx(() -> customers().list(Optional.empty(), 10))).containsExactly(ada);
    }

    @Test
    void insertAll_withAnExternalIdAlreadyStored_isADuplicateConflict_andWritesNoneOfTheList() {
        Customer ada = insert(ID_1, CustomerProfile.person("Ada", "Lovelace").externalId("erp-1").build());
        List<Customer> batch = List.of(TestData.customer(ID_HIGH_HALF_SIGNED, TestData.person("Bob", "Byte"), START),
                TestData.customer(ID_MAX, CustomerProfile.person("Cy", "Clone").externalId("erp-1").build(), START));

        assertConflict(Reason.DUPLICATE, () -> write(() -> customers().insertAll(batch)));

        assertThat(inTx(() -> customers().list(Optional.empty(), 10))).containsExactly(ada);
    }

    @Test
    void insertAll_afterAnInsertInTheSameTransaction_seesThatCustomer_andConflictsWithIt() {
        Customer ada = TestData.customer(ID_1, CustomerProfile.person("Ada", "Lovelace").externalId("erp-1").build(), START);
        Customer twin = TestData.customer(ID_MAX, CustomerProfile.person("Bob", "Byte").externalId("erp-1").build(), START);

        assertConflict(Reason.DUPLICATE, () -> write(() -> {
            customers().insert(ada);
            customers().insertAll(List.of(twin));
        }));

        assertThat(inTx(() -> customers().count())).isZero();
    }

    @Test
    void insertAll_thenUpdateInTheSameTransaction_storesTheUpdatedCustomer() {
        Customer ada = TestData.customer(ID_1, TestData.person("Ada", "Lovelace"), START);
        Customer renamed = new Customer(ada.id(), TestData.person("Ada", "King"), START, START.plus(Duration.ofMinutes(1)), 1);

        write(() -> {
            customers().insertAll(List.of(ada));
            customers().update(renamed);
        });

        assertThat(inTx(() -> customers().findById(ada.id()))).contains(renamed);
    }
}
