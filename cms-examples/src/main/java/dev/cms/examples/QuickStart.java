package dev.cms.examples;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.DomainEvent;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Principal;
import dev.cms.core.customer.AttributeDefined;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerService;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.interaction.InteractionService;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskService;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.persistence.memory.MemoryPersistence;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A tour of the library on the in-memory adapter: declares a custom attribute, creates an organization and two
 * people, logs calls, e-mails, meetings and notes, works a task from open to done, and prints a customer's timeline
 * (newest first, in pages) and the events a listener received after each commit.
 *
 * <p>Time comes from a clock the program moves by hand, so every run prints exactly the same text. Run it with
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl cms-examples exec:java}.
 */
public final class QuickStart {
    /** Page size of the printed timeline: small, to show cursor paging. */
    static final int TIMELINE_PAGE_SIZE = 4;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private QuickStart() {
    }

    /**
     * Runs the tour and prints it to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    private static void run(PrintStream out) {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
        List<DomainEvent> events = new ArrayList<>();
        Cms cms = Cms.builder()
                .persistence(new MemoryPersistence())
                .clock(clock)
                .defaultPhoneRegion("DE") // national numbers such as "030 901820" are read as German
                .listener(events::add)    // called after each commit
                .build();
        CmsScope alice = cms.as(Principal.of("alice", "sales"));
        CustomerService customers = alice.customers();
        InteractionService interactions = alice.interactions();
        TaskService tasks = alice.tasks();

        out.println("CMS quick start: in-memory store, clock starting at " + TIME.format(clock.instant()) + " UTC");

        // A custom attribute must be declared before customers carry it; values are checked against the declaration.
        customers.defineAttribute(AttributeDefinition.enumeration("contract_tier", "Contract tier", "bronze", "silver", "gold"));

        clock.advance(Duration.ofMinutes(1));
        Customer acme = customers.create(customers.organization("Acme GmbH")
                .email("info@acme.example")
                .stage(LifecycleStage.CUSTOMER)
                .attribute("contract_tier", AttributeValue.choice("gold"))
                .build());

        clock.advance(Duration.ofMinutes(1));
        Customer ada = customers.create(customers.person("Ada", "Lovelace")
                .email("ada@acme.example", "work")
                .phone("030 901820", "office")
                .worksAt(acme.id(), "CTO")
                .leadSource("webinar")
                .build());

        clock.advance(Duration.ofMinutes(1));
        customers.create(customers.person("Grace", "Hopper")
                .email("grace@example.org")
                .phone("+44 20 7946 0958")
                .stage(LifecycleStage.SUBSCRIBER)
                .build());

        // Interactions say when they happened; a call is often logged after it ended.
        clock.set(Instant.parse("2026-03-02T09:30:00Z"));
        interactions.log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.INBOUND, Instant.parse("2026-03-02T09:15:00Z"))
                .withSubject("Pricing question")
                .withDuration(Duration.ofMinutes(12).plusSeconds(30))
                .withOutcome("wants a proposal"));

        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        interactions.log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, clock.instant())
                .withSubject("Proposal for the Acme pilot")
                .withBody("Hello Ada, please find our proposal attached."));

        clock.set(Instant.parse("2026-03-02T10:05:00Z"));
        Task followUp = tasks.create(TaskDetails.titled("Call Ada about the proposal")
                .about(ada.id())
                .assignedTo(alice.principal().userId())
                .withPriority(Priority.HIGH)
                .dueAt(Instant.parse("2026-03-03T12:00:00Z"))
                .remindAt(Instant.parse("2026-03-03T09:00:00Z")));

        clock.set(Instant.parse("2026-03-02T14:00:00Z"));
        interactions.log(ada.id(), InteractionDetails.of(Channel.MEETING, Direction.OUTBOUND, Instant.parse("2026-03-02T13:00:00Z"))
                .withSubject("Onboarding workshop")
                .withDuration(Duration.ofHours(1))
                .withOutcome("pilot agreed"));

        clock.set(Instant.parse("2026-03-02T14:05:00Z"));
        interactions.log(ada.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, clock.instant())
                .withSubject("Prefers calls before noon"));

        // Next morning: work the task. Each move checks the version read, so a stale copy would be refused.
        clock.set(Instant.parse("2026-03-03T09:15:00Z"));
        Task started = tasks.start(followUp);

        clock.set(Instant.parse("2026-03-03T09:25:00Z"));
        interactions.log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, Instant.parse("2026-03-03T09:20:00Z"))
                .withSubject("Follow-up on the proposal")
                .withDuration(Duration.ofMinutes(5))
                .withOutcome("proposal accepted")
                .about(followUp.id()));

        clock.set(Instant.parse("2026-03-03T09:30:00Z"));
        Task done = tasks.complete(started);

        clock.set(Instant.parse("2026-03-03T09:35:00Z"));
        ada = customers.update(ada, profile -> profile.stage(LifecycleStage.CUSTOMER));

        // Logged last, happened first: the timeline orders by when things happened, not when they were logged.
        clock.set(Instant.parse("2026-03-03T09:40:00Z"));
        interactions.log(ada.id(), InteractionDetails.of(Channel.MEETING, Direction.INBOUND, Instant.parse("2026-02-24T16:00:00Z"))
                .withSubject("Visited our stand at the trade fair")
                .withDuration(Duration.ofMinutes(20)));

        out.println();
        printCustomers(out, customers);
        out.println();
        printTask(out, done);
        out.println();
        printTimeline(out, ada, interactions, tasks);
        out.println();
        printEvents(out, events, customers);
    }

    private static void printCustomers(PrintStream out, CustomerService customers) {
        out.println("Customers (" + customers.count() + ")");
        Page<Customer> page = customers.list(PageRequest.first(PageRequest.MAX_SIZE));
        for (Customer customer : page.items()) {
            CustomerProfile p = customer.profile();
            StringJoiner facts = new StringJoiner(", ");
            p.affiliation().ifPresent(a -> facts.add(a.jobTitle().map(t -> t + " at ").orElse("works at ")
                    + customers.get(a.organization()).displayName()));
            p.primaryEmail().ifPresent(e -> facts.add(e.value()));
            p.primaryPhone().ifPresent(phone -> facts.add(phone.international()));
            p.attributes().forEach((key, value) -> facts.add(key + "=" + attributeText(value)));
            out.printf("  %-14s %-13s %-11s %s%n", customer.displayName(), lower(customer.kind().name()),
                    p.lifecycleStage().key(), facts);
        }
    }

    private static void printTask(PrintStream out, Task task) {
        TaskDetails d = task.details();
        out.println("Task \"" + d.title() + "\"");
        out.println("  priority " + lower(d.priority().name())
                + d.due().map(due -> ", due " + TIME.format(due)).orElse("")
                + d.assignee().map(user -> ", assigned to " + user.value()).orElse(""));
        out.println("  status " + statusText(task.status()) + " since "
                + TIME.format(task.completedAt().orElse(task.updatedAt())) + " (created " + TIME.format(task.createdAt())
                + ", version " + task.version() + ")");
    }

    private static void printTimeline(PrintStream out, Customer customer, InteractionService interactions, TaskService tasks) {
        out.println("Timeline of " + customer.displayName() + ", newest first, " + TIMELINE_PAGE_SIZE + " per page");
        Optional<PageRequest> request = Optional.of(PageRequest.first(TIMELINE_PAGE_SIZE));
        int number = 0;
        while (request.isPresent()) {
            // Keyset paging: the cursor in each page names the position after its last item.
            Page<Interaction> page = interactions.timeline(customer.id(), request.get());
            out.println("  page " + ++number);
            for (Interaction interaction : page.items()) {
                out.println("    " + timelineLine(interaction, tasks));
            }
            request = page.nextRequest(TIMELINE_PAGE_SIZE);
        }
    }

    private static String timelineLine(Interaction interaction, TaskService tasks) {
        InteractionDetails d = interaction.details();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s  %-8s %-9s %s",
                TIME.format(d.occurredAt()), lower(d.channel().name()), lower(d.direction().name()),
                d.subject().orElse("(no subject)")));
        d.duration().ifPresent(duration -> line.append(" (").append(durationText(duration)).append(')'));
        d.outcome().ifPresent(outcome -> line.append(" -> ").append(outcome));
        d.links().task().ifPresent(task -> line.append(" [task: ").append(tasks.get(task).details().title()).append(']'));
        return line.toString();
    }

    private static void printEvents(PrintStream out, List<DomainEvent> events, CustomerService customers) {
        out.println("Events received by the listener (" + events.size() + ")");
        for (DomainEvent event : events) {
            out.printf("  %s  %-18s %s%n", TIME.format(event.occurredAt()), event.getClass().getSimpleName(),
                    eventText(event, customers));
        }
    }

    private static String eventText(DomainEvent event, CustomerService customers) {
        if (event instanceof AttributeDefined e) {
            return e.definition().key() + " (" + lower(e.definition().type().name()) + ")";
        } else if (event instanceof CustomerCreated e) {
            return e.customer().displayName();
        } else if (event instanceof CustomerUpdated e) {
            return e.after().displayName() + ": stage " + e.before().profile().lifecycleStage().key() + " -> "
                    + e.after().profile().lifecycleStage().key();
        } else if (event instanceof InteractionLogged e) {
            return lower(e.interaction().channel().name()) + " with " + nameOf(e.interaction().customer(), customers);
        } else if (event instanceof TaskCreated e) {
            return e.task().details().title();
        } else if (event instanceof TaskStatusChanged e) {
            return e.task().details().title() + ": " + statusText(e.from()) + " -> " + statusText(e.to());
        } else if (event instanceof TaskCompleted e) {
            return e.task().details().title();
        }
        return "";
    }

    private static String nameOf(CustomerId id, CustomerService customers) {
        return customers.get(id).displayName();
    }

    private static String attributeText(AttributeValue value) {
        if (value instanceof AttributeValue.Choice choice) {
            return choice.value();
        } else if (value instanceof AttributeValue.Text text) {
            return text.value();
        }
        return value.toString();
    }

    private static String statusText(TaskStatus status) {
        return lower(status.name()).replace('_', ' ');
    }

    private static String durationText(Duration duration) {
        StringJoiner parts = new StringJoiner(" ");
        if (duration.toHoursPart() > 0 || duration.toDays() > 0) {
            parts.add(duration.toHours() + "h");
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(duration.toMinutesPart() + "m");
        }
        if (duration.toSecondsPart() > 0) {
            parts.add(duration.toSecondsPart() + "s");
        }
        return parts.length() == 0 ? "0s" : parts.toString();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
