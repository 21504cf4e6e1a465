package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link QuickStart#main} as a user would and checks what it prints. The expected lines were written by hand from
 * the story the program tells (which interaction happened when, what the task went through), not copied from a run.
 */
class QuickStartTest {

    @Test
    void main_printsAdasTimelineNewestFirst_inPagesOfFour() {
        List<String> lines = runMain().lines().toList();

        int header = lines.indexOf("Timeline of Ada Lovelace, newest first, 4 per page");
        assertThat(header).as("timeline header in:%n%s", String.join("\n", lines)).isNotNegative();
        // Ordered by when each interaction happened: the trade-fair meeting was logged last but happened first, and
        // the first call was logged at 09:30 for a call at 09:15.
        assertThat(lines.subList(header + 1, header + 10)).containsExactly(
                "  page 1",
                "    2026-03-03 09:20  call     outbound  Follow-up on the proposal (5m) -> proposal accepted"
                        + " [task: Call Ada about the proposal]",
                "    2026-03-02 14:05  note     internal  Prefers calls before noon",
                "    2026-03-02 13:00  meeting  outbound  Onboarding workshop (1h) -> pilot agreed",
                "    2026-03-02 10:00  email    outbound  Proposal for the Acme pilot",
                "  page 2",
                "    2026-03-02 09:15  call     inbound   Pricing question (12m 30s) -> wants a proposal",
                "    2026-02-24 16:00  meeting  inbound   Visited our stand at the trade fair (20m)",
                "");
    }

    @Test
    void main_printsEveryEventTheListenerReceived_inCommitOrder() {
        List<String> lines = runMain().lines().toList();

        int header = lines.indexOf("Events received by the listener (15)");
        assertThat(header).as("events header in:%n%s", String.join("\n", lines)).isNotNegative();
        assertThat(lines.subList(header + 1, lines.size())).containsExactly(
                "  2026-03-02 09:00  AttributeDefined   contract_tier (enumeration)",
                "  2026-03-02 09:01  CustomerCreated    Acme GmbH",
                "  2026-03-02 09:02  CustomerCreated    Ada Lovelace",
                "  2026-03-02 09:03  CustomerCreated    Grace Hopper",
                "  2026-03-02 09:30  InteractionLogged  call with Ada Lovelace",
                "  2026-03-02 10:00  InteractionLogged  email with Ada Lovelace",
                "  2026-03-02 10:05  TaskCreated        Call Ada about the proposal",
                "  2026-03-02 14:00  InteractionLogged  meeting with Ada Lovelace",
                "  2026-03-02 14:05  InteractionLogged  note with Ada Lovelace",
                "  2026-03-03 09:15  TaskStatusChanged  Call Ada about the proposal: open -> in progress",
                "  2026-03-03 09:25  InteractionLogged  call with Ada Lovelace",
                "  2026-03-03 09:30  TaskStatusChanged  Call Ada about the proposal: in progress -> done",
                "  2026-03-03 09:30  TaskCompleted      Call Ada about the proposal",
                "  2026-03-03 09:35  CustomerUpdated    Ada Lovelace: stage lead -> customer",
                "  2026-03-03 09:40  InteractionLogged  meeting with Ada Lovelace");
    }

    @Test
    void main_printsTheCustomersWithNormalisedPhonesAndTheCompletedTask() {
        String out = runMain();

        // "030 901820" typed in national German form is stored as +4930901820 and shown internationally.
        assertThat(out).contains(
                "  Ada Lovelace   person        customer    CTO at Acme GmbH, ada@acme.example, +49 30 901820\n",
                "  Acme GmbH      organization  customer    info@acme.example, contract_tier=gold\n",
                "  Grace Hopper   person        subscriber  grace@example.org, +44 20 7946 0958\n");
        // Created at version 0, started (1), completed (2).
        assertThat(out).contains("Task \"Call Ada about the proposal\"\n"
                + "  priority high, due 2026-03-03 12:00, assigned to alice\n"
                + "  status done since 2026-03-03 09:30 (created 2026-03-02 10:05, version 2)\n");
    }

    @Test
    void main_printsTheSameTextOnEveryRun() {
        assertThat(runMain()).isEqualTo(runMain());
    }

    private static String runMain() {
        return ProgramOutput.of(QuickStart::main);
    }
}
