package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.DomainEvent;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Principal;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.Phone;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.persistence.memory.MemoryPersistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs the README's quick start, and fails if the README's code block and the code between the markers
 * below ever differ, so the README cannot show code that does not compile or does not do what it says.
 */
class ReadmeQuickStartTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "cms", "examples", "ReadmeQuickStartTest.java");
    private static final String INDENT = "        ";

    @Test
    void quickStart_createsACustomerLogsACallAndCompletesATask() {
        // quickstart:begin
        List<DomainEvent> events = new ArrayList<>();
        Cms cms = Cms.builder()
                .persistence(new MemoryPersistence())  // any PersistenceProvider
                .defaultPhoneRegion("DE")              // reads "030 901820" as a German number
                .listener(events::add)                 // domain events, delivered after commit
                .build();
        CmsScope alice = cms.as(Principal.of("alice")); // every call acts on behalf of a principal

        Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace")
                .email("ada@example.com")
                .phone("030 901820")
                .build());
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.INBOUND, cms.clock().instant())
                .withSubject("Pricing question")
                .withDuration(Duration.ofMinutes(12)));

        Task task = alice.tasks().create(TaskDetails.titled("Send a proposal").about(ada.id()));
        Task done = alice.tasks().complete(alice.tasks().start(task));

        Page<Interaction> timeline = alice.interactions().timeline(ada.id(), PageRequest.first(20)); // newest first
        timeline.items().forEach(i -> System.out.println(i.occurredAt() + " " + i.channel() + " " + i.details().subject().orElse("")));
        // quickstart:end

        assertThat(ada.profile().primaryPhone()).contains(new Phone("+4930901820"));
        assertThat(timeline.items()).singleElement().satisfies(call -> {
            assertThat(call.channel()).isEqualTo(Channel.CALL);
            assertThat(call.details().subject()).contains("Pricing question");
            assertThat(call.details().duration()).contains(Duration.ofMinutes(12));
            assertThat(call.loggedBy().value()).isEqualTo("alice");
        });
        assertThat(timeline.hasNext()).isFalse();
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.details().links().customer()).contains(ada.id());
        assertThat(events).extracting(DomainEvent::getClass).<Class<?>>containsExactly(
                CustomerCreated.class, InteractionLogged.class, TaskCreated.class,
                TaskStatusChanged.class, TaskStatusChanged.class, TaskCompleted.class);
    }

    @Test
    void readme_showsExactlyTheQuickStartThisTestRuns() throws IOException {
        String readme = Files.readString(README);
        String block = ReadmeBlocks.between(readme, "<!-- quickstart:begin -->\n```java\n", "```\n<!-- quickstart:end -->")
                .orElseThrow(() -> new AssertionError("README.md has no ```java block between the quickstart markers"));
        String tested = ReadmeBlocks.between(Files.readString(THIS_SOURCE), INDENT + "// quickstart:begin\n", INDENT + "// quickstart:end\n")
                .orElseThrow(() -> new AssertionError("this test lost its quickstart markers"));

        assertThat(ReadmeBlocks.indented(block)).isEqualTo(tested);
        assertThat(block.lines().count()).as("lines in the README's quick start").isBetween(15L, 25L);
    }
}
