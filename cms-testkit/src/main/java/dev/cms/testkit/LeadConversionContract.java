package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.CmsException;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.customer.Affiliation;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.money.Money;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityCreated;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@code OpportunityService.convertLead} promises: one call moves a lead to its target stage and, as asked,
 * creates and links an organization, opens a deal in the default pipeline's first stage and creates a follow-up task
 * linked to the lead and the deal; only leads (funnel stages before customer) convert; and it is all or nothing, also
 * when its last step fails.
 */
public abstract class LeadConversionContract extends CmsContractSupport {
    private static final Money AMOUNT = Money.of("12000.00", "EUR");
    private static final LocalDate CLOSE = LocalDate.of(2026, 4, 30);

    private Customer ada;

    /** For subclasses. */
    protected LeadConversionContract() {
    }

    @BeforeEach
    void createLead() {
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").email("ada@example.com").build());
        events.clear();
    }

    private LeadConversion everything() {
        return LeadConversion.toStage(LifecycleStage.CUSTOMER)
                .withNewOrganization(alice.customers().organization("Analytical Engines Ltd").externalId("erp-ae").build(), "CTO")
                .withDeal("Analytical engine, 2 units", AMOUNT, CLOSE)
                .withFollowUp(TaskDetails.titled("Kick-off call").dueAt(START.plus(Duration.ofDays(2))));
    }

    /** Everything the store holds that a conversion could have touched. */
    private record Snapshot(List<Customer> customers, List<Opportunity> deals, List<Task> tasks, List<Pipeline> pipelines) {
    }

    private Snapshot snapshot() {
        return new Snapshot(alice.customers().list(PageRequest.first(100)).items(),
                alice.opportunities().byCustomer(ada.id(), PageRequest.first(100)).items(),
                alice.tasks().byCustomer(ada.id(), PageRequest.first(100)).items(),
                alice.pipelines().list());
    }

    // ---- conversions that succeed --------------------------------------------------------------------------------

    @Test
    void convert_withNewOrganizationDealAndFollowUp_createsAndLinksAll_inOneCommit() {
        ConvertedLead result = alice.opportunities().convertLead(ada.id(), everything());

        Customer converted = result.customer();
        Customer organization = result.organization().orElseThrow();
        Opportunity deal = result.opportunity().orElseThrow();
        Task followUp = result.followUp().orElseThrow();
        Pipeline sales = alice.pipelines().defaultPipeline();

        assertThat(converted.id()).isEqualTo(ada.id());
        assertThat(converted.profile().lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(converted.profile().affiliation()).contains(new Affiliation(organization.id(), Optional.of("CTO")));
        assertThat(converted.profile().emails()).isEqualTo(ada.profile().emails());
        assertThat(converted.version()).isEqualTo(ada.version() + 1);
        assertThat(alice.customers().get(ada.id())).isEqualTo(converted);

        assertThat(organization.kind()).isEqualTo(CustomerKind.ORGANIZATION);
        assertThat(organization.displayName()).isEqualTo("Analytical Engines Ltd");
        assertThat(alice.customers().get(organization.id())).isEqualTo(organization);

        assertThat(deal.details().customer()).isEqualTo(ada.id());
        assertThat(deal.details().name()).isEqualTo("Analytical engine, 2 units");
        assertThat(deal.details().amount()).isEqualTo(AMOUNT);
        assertThat(deal.details().expectedClose()).contains(CLOSE);
        assertThat(deal.pipeline()).isEqualTo(sales.id());
        assertThat(deal.stage()).isEqualTo(sales.openStages().get(0).id());
        assertThat(deal.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(alice.opportunities().get(deal.id())).isEqualTo(deal);

        assertThat(followUp.details().title()).isEqualTo("Kick-off call");
        assertThat(followUp.details().links().customer()).contains(ada.id());
        assertThat(followUp.details().links().opportunity()).contains(deal.id());
        assertThat(followUp.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(alice.tasks().get(followUp.id())).isEqualTo(followUp);

        assertThat(events.eventsOf(CustomerCreated.class)).extracting(CustomerCreated::customer).containsExactly(organization);
        assertThat(events.eventsOf(CustomerUpdated.class)).extracting(CustomerUpdated::after).containsExactly(converted);
        assertThat(events.eventsOf(OpportunityCreated.class)).extracting(OpportunityCreated::opportunity).containsExactly(deal);
        assertThat(events.eventsOf(TaskCreated.class)).extracting(TaskCreated::task).containsExactly(followUp);
    }

    @Test
    void convert_withAnExistingOrganization_linksTheLeadToIt_andCreatesNoCustomer() {
        Customer acme = alice.customers().create(alice.customers().organization("Acme GmbH").build());
        events.clear();

        ConvertedLead result = alice.opportunities().convertLead(ada.id(),
                LeadConversion.toStage(LifecycleStage.OPPORTUNITY).withOrganization(acme.id(), "Head of Engineering"));

        assertThat(result.organization()).isEmpty();
        assertThat(result.opportunity()).isEmpty();
        assertThat(result.followUp()).isEmpty();
        assertThat(result.customer().profile().lifecycleStage()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(result.customer().profile().affiliation())
                .contains(new Affiliation(acme.id(), Optional.of("Head of Engineering")));
        assertThat(alice.customers().count()).isEqualTo(2);
        assertThat(events.eventsOf(CustomerCreated.class)).isEmpty();
    }

    @Test
    void convert_toAStageOnly_changesOnlyTheStage() {
        ConvertedLead result = alice.opportunities().convertLead(ada.id(), LeadConversion.toStage(LifecycleStage.CUSTOMER));

        assertThat(result.customer().profile()).isEqualTo(ada.profile().toBuilder().stage(LifecycleStage.CUSTOMER).build());
        assertThat(result.organization()).isEmpty();
        assertThat(result.opportunity()).isEmpty();
        assertThat(result.followUp()).isEmpty();
        assertThat(alice.customers().count()).isEqualTo(1);
        assertThat(alice.opportunities().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(alice.tasks().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void convert_withAFollowUpButNoDeal_linksTheTaskToTheLeadOnly() {
        ConvertedLead result = alice.opportunities().convertLead(ada.id(), LeadConversion.toStage(LifecycleStage.CUSTOMER)
                .withFollowUp(TaskDetails.titled("Welcome call")));

        Task followUp = result.followUp().orElseThrow();
        assertThat(followUp.details().links().customer()).contains(ada.id());
        assertThat(followUp.details().links().opportunity()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> convert_acceptsEveryFunnelStageBeforeCustomer() {
        return Stream.of(LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD, LifecycleStage.MARKETING_QUALIFIED_LEAD,
                LifecycleStage.SALES_QUALIFIED_LEAD, LifecycleStage.OPPORTUNITY).map(stage -> dynamicTest(stage.key(), () -> {
                    Customer lead = alice.customers().create(alice.customers().person("Lead", stage.key()).stage(stage).build());

                    ConvertedLead result = alice.opportunities().convertLead(lead.id(), LeadConversion.toStage(LifecycleStage.CUSTOMER));

                    assertThat(result.customer().profile().lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
                }));
    }

    @TestFactory
    Stream<DynamicTest> convert_ofACustomerWhoIsNoLead_isRejected_andChangesNothing() {
        return Stream.of(LifecycleStage.CUSTOMER, LifecycleStage.EVANGELIST, LifecycleStage.CHURNED, LifecycleStage.of("partner"))
                .map(stage -> dynamicTest(stage.key(), () -> {
                    Customer notALead = alice.customers().create(alice.customers().person("Not", "Lead").stage(stage).build());
                    Snapshot before = snapshot();
                    events.clear();

                    assertFails(ValidationException.class, () -> alice.opportunities().convertLead(notALead.id(), everything()));

                    assertThat(alice.customers().get(notALead.id())).isEqualTo(notALead);
                    assertThat(snapshot()).isEqualTo(before);
                    assertThat(alice.opportunities().byCustomer(notALead.id(), PageRequest.first(10)).items()).isEmpty();
                    assertThat(events.events()).isEmpty();
                }));
    }

    // ---- all or nothing ------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> convert_whoseLastStepFails_leavesNoOrganizationNoDealNoTaskNoStageChange_andPublishesNothing() {
        AccessPolicy noTaskWrites = r -> !(r.resource() == ResourceType.TASK && r.action().isWrite());
        Map<String, ThrowingCallable> failures = new LinkedHashMap<>();
        failures.put("the follow-up task may not be written (AccessDeniedException)",
                () -> cmsWith(noTaskWrites).as(Principal.of("alice")).opportunities().convertLead(ada.id(), everything()));
        failures.put("the follow-up task links a ticket that does not exist (ValidationException)",
                () -> alice.opportunities().convertLead(ada.id(),
                        everything().withFollowUp(TaskDetails.titled("Kick-off").about(TicketId.of(TestData.ID_MAX)))));
        failures.put("the existing organization does not exist (ValidationException)",
                () -> alice.opportunities().convertLead(ada.id(), LeadConversion.toStage(LifecycleStage.CUSTOMER)
                        .withOrganization(CustomerId.of(TestData.ID_1), "CTO").withDeal("Deal", AMOUNT, CLOSE)
                        .withFollowUp(TaskDetails.titled("Call"))));
        Map<String, Class<? extends CmsException>> expected = Map.of(
                "the follow-up task may not be written (AccessDeniedException)", AccessDeniedException.class,
                "the follow-up task links a ticket that does not exist (ValidationException)", ValidationException.class,
                "the existing organization does not exist (ValidationException)", ValidationException.class);
        return failures.entrySet().stream().map(f -> dynamicTest(f.getKey(), () -> {
            Snapshot before = snapshot();
            events.clear();

            assertFails(expected.get(f.getKey()), f.getValue());

            assertThat(snapshot()).isEqualTo(before);
            assertThat(alice.customers().get(ada.id())).isEqualTo(ada);
            assertThat(alice.customers().list(PageRequest.first(10)).items()).containsExactly(ada);
            assertThat(alice.customers().findByExternalId(ExternalId.of("erp-ae"))).isEmpty();
            assertThat(alice.opportunities().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
            assertThat(alice.tasks().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
            assertThat(alice.pipelines().list()).isEmpty();
            assertThat(events.events()).isEmpty();
        }));
    }
}
