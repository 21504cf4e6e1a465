package dev.cms.testkit;

import dev.cms.core.access.UserId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Readable test data for the contracts: hand-picked UUIDs whose unsigned order differs from Java's signed
 * {@link UUID#compareTo}, profiles with every field set, and stored aggregates built directly (for repository-level
 * contracts, which bypass the services).
 */
public final class TestData {
    /** {@code 00000000-0000-0000-0000-000000000001}: the smallest id used. */
    public static final UUID ID_1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    /** {@code 00000000-0000-0000-8000-000000000000}: its low half is negative as a signed long. */
    public static final UUID ID_LOW_HALF_SIGNED = UUID.fromString("00000000-0000-0000-8000-000000000000");
    /** {@code 7fffffff-ffff-ffff-ffff-ffffffffffff}: the largest id whose high half is positive as a signed long. */
    public static final UUID ID_HIGH_HALF_MAX_SIGNED = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
    /** {@code 80000000-0000-0000-0000-000000000000}: its high half is negative as a signed long. */
    public static final UUID ID_HIGH_HALF_SIGNED = UUID.fromString("80000000-0000-0000-0000-000000000000");
    /** {@code ffffffff-ffff-ffff-ffff-ffffffffffff}: the largest id. */
    public static final UUID ID_MAX = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private TestData() {
    }

    /**
     * The five hand-picked ids in ascending unsigned 128-bit order, written down by hand. Java's signed
     * {@link UUID#compareTo} orders them differently, so an adapter that sorts by it fails the contracts.
     *
     * @return the ids, smallest first
     */
    public static List<UUID> idsInUnsignedOrder() {
        return List.of(ID_1, ID_LOW_HALF_SIGNED, ID_HIGH_HALF_MAX_SIGNED, ID_HIGH_HALF_SIGNED, ID_MAX);
    }

    /**
     * {@return a person with nothing else set}
     *
     * @param given  first name
     * @param family last name
     */
    public static CustomerProfile person(String given, String family) {
        return CustomerProfile.person(given, family).build();
    }

    /**
     * {@return an organization with nothing else set}
     *
     * @param name organization name
     */
    public static CustomerProfile organization(String name) {
        return CustomerProfile.organization(name).build();
    }

    /**
     * A person with every field set except the affiliation and custom attributes (which need stored counterparts),
     * using international phone numbers so no default region is needed.
     *
     * @param externalId the external id to carry
     * @return the profile builder, to extend or build
     */
    public static CustomerProfile.Builder everyFieldPerson(String externalId) {
        return CustomerProfile.person("Ada", "Lovelace")
                .email("ada@example.com", "work")
                .email("Ada.King@Example.ORG", "private")
                .phone("+49 30 901820", "office")
                .phone("+49 151 23456789", "mobile")
                .address(Address.of("Unter den Linden 1", "10117", "Berlin", "de").withLabel("office").withRegion("Berlin"))
                .address(Address.inCountry("GB"))
                .stage(LifecycleStage.CUSTOMER)
                .leadSource("webinar")
                .owner(UserId.of("bob"))
                .tag("vip", "newsletter")
                .birthDate(LocalDate.of(1815, 12, 10))
                .locale(Locale.forLanguageTag("en-GB"))
                .timeZone(ZoneId.of("Europe/London"))
                .preferredChannel(ContactChannel.EMAIL)
                .consentGranted(ContactChannel.EMAIL, Instant.parse("2025-03-01T10:15:30.123456Z"), "signup-form")
                .consent(ContactChannel.SMS, Consent.denied(Instant.parse("2025-04-02T08:00:00Z"), "call"))
                .externalId(externalId);
    }

    /**
     * {@return a customer at version 0, as the core would insert it}
     *
     * @param id      the id
     * @param profile the profile
     * @param at      creation and update time
     */
    public static Customer customer(UUID id, CustomerProfile profile, Instant at) {
        return new Customer(CustomerId.of(id), profile, at, at, 0);
    }

    /**
     * {@return open-task details with a due time}
     *
     * @param title title
     * @param due   due time
     */
    public static TaskDetails dueTask(String title, Instant due) {
        return TaskDetails.titled(title).dueAt(due);
    }

    /**
     * {@return a task at version 0, as a repository would store it}
     *
     * @param id        the id
     * @param details   the details
     * @param status    the status; a done task gets {@code createdAt} as its completion time
     * @param createdAt creation and update time
     */
    public static Task task(UUID id, TaskDetails details, TaskStatus status, Instant createdAt) {
        Optional<Instant> completedAt = status == TaskStatus.DONE ? Optional.of(createdAt) : Optional.empty();
        return new Task(TaskId.of(id), details, status, createdAt, createdAt, completedAt, 0);
    }

    /**
     * {@return a logged note, logged one minute after it happened}
     *
     * @param id         the id
     * @param customer   whose timeline
     * @param occurredAt when it happened
     */
    public static Interaction note(UUID id, CustomerId customer, Instant occurredAt) {
        InteractionDetails details = InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, occurredAt)
                .withSubject("note " + id);
        return new Interaction(InteractionId.of(id), customer, details, UserId.of("alice"), occurredAt.plus(Duration.ofMinutes(1)));
    }

    /**
     * @param pipeline the pipeline's id
     * @param name     the stage's name
     * @return a stage id derived from both, the same in every run
     */
    public static StageId stageId(UUID pipeline, String name) {
        return StageId.of(UUID.nameUUIDFromBytes((pipeline + "/" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param id        the pipeline's id
     * @param name      its name
     * @param isDefault whether it is the default pipeline
     * @param at        creation and update time
     * @param open      names of its open stages, in order, with probabilities 10, 20, 30...
     * @return a pipeline at version 0 with those open stages, then "Won" and "Lost", stage ids from {@link #stageId}
     */
    public static Pipeline pipeline(UUID id, String name, boolean isDefault, Instant at, String... open) {
        List<Stage> stages = new java.util.ArrayList<>();
        for (int i = 0; i < open.length; i++) {
            stages.add(new Stage(stageId(id, open[i]), open[i], 10 * (i + 1), StageKind.OPEN));
        }
        stages.add(new Stage(stageId(id, "Won"), "Won", 100, StageKind.WON));
        stages.add(new Stage(stageId(id, "Lost"), "Lost", 0, StageKind.LOST));
        return new Pipeline(PipelineId.of(id), name, stages, isDefault, at, at, 0);
    }

    /**
     * @param id        the deal's id
     * @param customer  with whom
     * @param pipeline  its pipeline
     * @param stage     an open stage of it
     * @param createdAt creation and update time
     * @return an open deal of 100.00 EUR at version 0 whose history records its creation by alice
     */
    public static Opportunity openDeal(UUID id, CustomerId customer, PipelineId pipeline, StageId stage, Instant createdAt) {
        return new Opportunity(OpportunityId.of(id), OpportunityDetails.of(customer, "deal " + id, Money.of("100.00", "EUR")),
                pipeline, stage, OpportunityStatus.OPEN, Optional.empty(), Optional.empty(),
                List.of(new StageChange(Optional.empty(), stage, createdAt, UserId.of("alice"))), createdAt, createdAt, 0);
    }

    /**
     * @param id         the purchase's id
     * @param customer   the buyer
     * @param occurredAt when it was bought (and recorded)
     * @param total      what was paid
     * @return a completed online purchase without lines at version 0
     */
    public static Purchase purchase(UUID id, CustomerId customer, Instant occurredAt, Money total) {
        return new Purchase(PurchaseId.of(id), PurchaseDetails.of(customer, occurredAt, total), PurchaseStatus.COMPLETED,
                Money.zero(total.currency()), occurredAt, 0);
    }

    /**
     * @param id        the ticket's id
     * @param customer  who raised it
     * @param status    its status; a resolved or closed ticket gets {@code createdAt} as its resolution time
     * @param queue     its queue
     * @param assignee  its agent
     * @param createdAt creation and update time
     * @return a normal-priority ticket at version 0 with an empty history
     */
    public static Ticket ticket(UUID id, CustomerId customer, TicketStatus status, Optional<String> queue,
                                Optional<UserId> assignee, Instant createdAt) {
        Optional<Instant> resolvedAt = status.isOpen() ? Optional.empty() : Optional.of(createdAt);
        return new Ticket(TicketId.of(id), TicketDetails.of(customer, "ticket " + id), status, queue, assignee, createdAt,
                Optional.empty(), resolvedAt, List.of(), createdAt, 0);
    }

    /**
     * @param id         the response's id
     * @param customer   who answered
     * @param type       which survey
     * @param score      the score
     * @param answeredAt when
     * @return a response without comment or links, recorded when it was answered
     */
    public static SurveyResponse surveyResponse(UUID id, CustomerId customer, SurveyType type, int score, Instant answeredAt) {
        return new SurveyResponse(SurveyResponseId.of(id), SurveyAnswer.of(customer, type, score, answeredAt), answeredAt);
    }
}
