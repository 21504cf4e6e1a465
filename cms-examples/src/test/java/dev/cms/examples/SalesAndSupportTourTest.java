package dev.cms.examples;

import static dev.cms.examples.ProgramOutput.linesAfter;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link SalesAndSupportTour#main} and checks what it prints. Every expected value was computed by hand from the
 * story the program tells and the rules of the library (default stage probabilities, line-item totals, SLA targets
 * counted in Berlin business hours, the 25% at-risk share), not copied from a run. In March 2026 before the 29th,
 * Berlin is UTC+1; all times below are Berlin times.
 */
class SalesAndSupportTourTest {
    private static String output;

    @BeforeAll
    static void runTheTour() {
        output = ProgramOutput.of(SalesAndSupportTour::main);
    }

    @Test
    void main_convertsTheLead_intoAnOpportunityWithOrganizationDealAndFollowUp() {
        assertThat(linesAfter(output, "Lead conversion Mon 2026-03-02 09:05", 3)).containsExactly(
                "  Grace Hopper: lead -> opportunity, CEO at Hopper Analytics GmbH (new organization)",
                "  deal \"Analytics platform\": 48000.00 EUR, expected to close 2026-03-31",
                "  follow-up task \"Send the proposal\": due Wed 2026-03-04 12:00, assigned to alice");
    }

    @Test
    void main_movesTheDealThroughTheDefaultPipeline_withProbabilityAndWeightedValueAtEachStep() {
        // The default pipeline: Qualification 10%, Needs analysis 20%, Proposal 50%, Negotiation 80%, Closed won.
        // Weighted value = 48,000.00 x probability; the 90% set on the deal overrides the stage's 80%; won is 100%.
        assertThat(linesAfter(output, "Deal \"Analytics platform\" through pipeline \"Sales\"", 6)).containsExactly(
                "  Mon 2026-03-02 09:05  Qualification    10%  weighted  4800.00 EUR",
                "  Tue 2026-03-03 11:00  Needs analysis   20%  weighted  9600.00 EUR",
                "  Wed 2026-03-04 11:00  Proposal         50%  weighted 24000.00 EUR",
                "  Thu 2026-03-05 09:00  Negotiation      80%  weighted 38400.00 EUR",
                "  Thu 2026-03-05 14:00  Negotiation      90%  weighted 43200.00 EUR  (probability set on the deal)",
                "  Thu 2026-03-05 16:00  Closed won      100%  weighted 48000.00 EUR");
    }

    @Test
    void main_keepsTheStageHistory_withWhenAndByWhom() {
        // Created by alice's lead conversion, moved three times by alice, won by bob; the probability change is not
        // a move.
        assertThat(linesAfter(output, "Stage history of \"Analytics platform\"", 6)).containsExactly(
                "  Mon 2026-03-02 09:05  created in Qualification, by alice",
                "  Tue 2026-03-03 11:00  Qualification -> Needs analysis, by alice",
                "  Wed 2026-03-04 11:00  Needs analysis -> Proposal, by alice",
                "  Thu 2026-03-05 09:00  Proposal -> Negotiation, by alice",
                "  Thu 2026-03-05 16:00  Negotiation -> Closed won, by bob",
                "");
    }

    @Test
    void main_winsTheDealAndRecordsItsPurchase_fromTheLineItems() {
        // 40 x 1,000.00 = 40,000.00; 2 x 5,000.00 less 20% = 8,000.00; together the deal's 48,000.00.
        assertThat(linesAfter(output, "Purchase recorded with the win, Thu 2026-03-05 16:00, direct sales, completed", 4))
                .containsExactly(
                        "  PLAT-1Y  Platform licence, 1 year     40 x 1000.00 EUR          40000.00 EUR",
                        "  ONB-WS   Onboarding workshop           2 x 5000.00 EUR less 20%  8000.00 EUR",
                        "  total                                                           48000.00 EUR",
                        "Purchase summary of Grace Hopper: 1 purchase, 48000.00 EUR, first Thu 2026-03-05 16:00,"
                                + " last Thu 2026-03-05 16:00");
    }

    @Test
    void main_routesTicketsByTheFirstMatchingRule_andAssignsThePlatformQueueInTurn() {
        // "error" and "down" with high priority match the platform rule: carol gets the first, dave the next.
        // Category billing matches the billing rule, whose queue has no agents configured.
        assertThat(output).contains(
                "Ticket opened Fri 2026-03-06 15:00: \"Dashboard shows an error\" (high) -> queue platform, assigned to carol\n",
                "Ticket opened Tue 2026-03-10 11:10: \"Invoice address\" (normal) -> queue billing, unassigned\n",
                "Ticket opened Tue 2026-03-10 11:20: \"CSV export is down\" (high) -> queue platform, assigned to dave\n");
    }

    @Test
    void main_followsTheTicketsSlaInBusinessHours_fromOnTrackToAtRiskToMet() {
        // Opened Friday 15:00; business hours 09:00-17:00 Monday to Friday.
        // First response, 4h: Friday 15:00-17:00 (2h) + Monday 09:00-11:00 (2h) -> Monday 11:00.
        // Resolution, 16h: Friday 2h + Monday 8h + Tuesday 09:00-15:00 (6h) -> Tuesday 15:00.
        // At risk once at most 25% of 4h (1h) is left: Monday 10:15 has 3h15m used, 45m left.
        // The e-mail at Monday 10:30 is before 11:00: met. Resolved Tuesday 11:00 (2h + 8h + 2h = 12h used): met.
        assertThat(linesAfter(output,
                "SLA of \"Dashboard shows an error\" (high: first response 4h 00m, resolution 16h 00m of business time,"
                        + " 09:00-17:00 Mon-Fri in Europe/Berlin)", 7)).containsExactly(
                "  due: first response Mon 2026-03-09 11:00, resolution Tue 2026-03-10 15:00",
                "  Fri 2026-03-06 15:00  business time  0h 00m  first response on track  resolution on track",
                "  Fri 2026-03-06 16:30  business time  1h 30m  first response on track  resolution on track",
                "  Sat 2026-03-07 12:00  business time  2h 00m  first response on track  resolution on track"
                        + "  (weekend: the clocks stand still)",
                "  Mon 2026-03-09 10:15  business time  3h 15m  first response at risk   resolution on track",
                "  Mon 2026-03-09 10:30  business time  3h 30m  first response met       resolution on track"
                        + "  (carol answered by e-mail)",
                "  Tue 2026-03-10 11:00  business time 12h 00m  first response met       resolution met       (resolved)");
    }

    @Test
    void main_printsTheCustomer360View_withWeightedDealsAndTicketSlas() {
        // Read Tuesday 16:00. The won deal is closed, so only the add-on is open: 6,000.00 x 10% = 600.00.
        // "CSV export is down" opened Tuesday 11:20: first response due 15:20 (4h), unanswered at 16:00, so breached;
        // resolution 16h: Tuesday 5h40m + Wednesday 8h + Thursday 09:00-11:20 (2h20m) -> Thursday 11:20, and with
        // 4h40m used, 11h20m are left (more than 4h): on track. NORMAL tickets have no SLA policy.
        assertThat(linesAfter(output, "Customer 360 of Grace Hopper, Tue 2026-03-10 16:00", 10)).containsExactly(
                "  profile       person, stage customer, CEO at Hopper Analytics GmbH, grace@hopper-analytics.example",
                "  interactions  Mon 2026-03-09 10:30  email outbound: Re: Dashboard shows an error",
                "                Tue 2026-03-03 10:00  meeting outbound: Needs analysis workshop",
                "  open deals    \"Premium support add-on\" 6000.00 EUR, Qualification 10%, weighted 600.00 EUR",
                "  open tasks    \"Kick-off call\" due Fri 2026-03-13 10:00, alice",
                "  open tickets  \"CSV export is down\" (high, platform, dave): first response breached"
                        + " (due Tue 2026-03-10 15:20), resolution on track (due Thu 2026-03-12 11:20)",
                "                \"Invoice address\" (normal, billing, unassigned): no SLA policy",
                "  purchases     1 purchase, 48000.00 EUR, first Thu 2026-03-05 16:00, last Thu 2026-03-05 16:00",
                "  latest NPS    9 on Tue 2026-03-10 11:30: \"Quick fix, thanks!\"",
                "  latest CSAT   none");
    }

    @Test
    void main_printsTheSameTextOnEveryRun() {
        assertThat(ProgramOutput.of(SalesAndSupportTour::main)).isEqualTo(output);
    }
}
