package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.TestData.ID_1;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_MAX_SIGNED;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_LOW_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_MAX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.customer.Customer;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.spi.SurveyResponsePosition;
import dev.cms.core.spi.SurveyResponseRepository;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link SurveyResponseRepository} must do on its own: store responses exactly, refuse a second insert of an
 * id, list a customer's responses by answeredAt descending, then id descending (unsigned), strictly after a position,
 * and return as latest of a survey the first response in that order.
 */
public abstract class SurveyResponseRepositoryContract extends RepositoryContractSupport {
    private static final UUID OTHER_ID = UUID.fromString("40000000-0000-0000-0000-000000000000");
    private static final UUID YET_ANOTHER_ID = UUID.fromString("c0000000-0000-0000-0000-000000000000");
    private static final Instant OLDER = START.minus(Duration.ofDays(2));
    private static final Instant NEWER = START.minus(Duration.ofDays(1));

    private Customer ada;
    private Customer bob;
    private Ticket ticket;
    private Interaction call;

    /** For subclasses. */
    protected SurveyResponseRepositoryContract() {
    }

    /** Responses refer to stored customers, tickets and interactions, so adapters with foreign keys pass too. */
    @BeforeEach
    void insertCustomersTicketAndInteraction() {
        java.util.List<Customer> stored = insertAdaAndBob();
        ada = stored.get(0);
        bob = stored.get(1);
        ticket = TestData.ticket(UUID.fromString("00000000-0000-0000-0000-0000000000cc"), ada.id(), TicketStatus.RESOLVED,
                Optional.of("support"), Optional.empty(), START);
        call = TestData.note(UUID.fromString("00000000-0000-0000-0000-0000000000dd"), ada.id(), START);
        write(() -> {
            store.tickets().insert(ticket);
            store.interactions().insert(call);
        });
    }

    private SurveyResponseRepository responses() {
        return store.surveyResponses();
    }

    private SurveyResponse insert(UUID id, Customer customer, SurveyType type, int score, Instant answeredAt) {
        SurveyResponse response = TestData.surveyResponse(id, customer.id(), type, score, answeredAt);
        write(() -> responses().insert(response));
        return response;
    }

    private List<UUID> page(Customer customer, Optional<SurveyResponsePosition> after, int limit) {
        return inTx(() -> responses().byCustomer(customer.id(), after, limit)).stream().map(r -> r.id().value()).toList();
    }

    private static Optional<SurveyResponsePosition> after(Instant answeredAt, UUID id) {
        return Optional.of(new SurveyResponsePosition(answeredAt, SurveyResponseId.of(id)));
    }

    // ---- insert, find --------------------------------------------------------------------------------------------

    @Test
    void insert_thenFindById_returnsAnEqualResponse_withCommentAndLinks() {
        SurveyAnswer answer = SurveyAnswer.of(ada.id(), SurveyType.CSAT, 4, Instant.parse("2026-01-14T17:30:00.000001Z"))
                .withComment("Quick answer,\nthank you!").about(ticket.id()).about(call.id());
        SurveyResponse full = new SurveyResponse(SurveyResponseId.of(ID_MAX), answer, START);
        SurveyResponse minimal = TestData.surveyResponse(ID_1, bob.id(), SurveyType.NPS, 0, START);

        write(() -> {
            responses().insert(full);
            responses().insert(minimal);
        });

        assertThat(inTx(() -> responses().findById(full.id()))).contains(full);
        assertThat(inTx(() -> responses().findById(minimal.id()))).contains(minimal);
        assertThat(inTx(() -> responses().findById(SurveyResponseId.of(OTHER_ID)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredResponse() {
        SurveyResponse first = insert(ID_1, ada, SurveyType.NPS, 9, START);

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> insert(ID_1, bob, SurveyType.CES, 2, START));

        assertThat(inTx(() -> responses().findById(first.id()))).contains(first);
        assertThat(inTx(() -> responses().byCustomer(bob.id(), Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> responses().latest(bob.id(), SurveyType.CES))).isEmpty();
    }

    // ---- by customer ---------------------------------------------------------------------------------------------

    @Test
    void byCustomer_isByAnsweredAtThenUnsignedIdDescending_notByRecordingOrInsertionOrder() {
        // Inserted oldest answer last, and each recorded in the reverse order of its answer.
        write(() -> {
            responses().insert(new SurveyResponse(SurveyResponseId.of(ID_1),
                    SurveyAnswer.of(ada.id(), SurveyType.NPS, 7, NEWER), OLDER));
            responses().insert(new SurveyResponse(SurveyResponseId.of(ID_MAX),
                    SurveyAnswer.of(ada.id(), SurveyType.CSAT, 5, NEWER), OLDER));
            responses().insert(new SurveyResponse(SurveyResponseId.of(ID_HIGH_HALF_SIGNED),
                    SurveyAnswer.of(ada.id(), SurveyType.CES, 3, OLDER), NEWER));
            responses().insert(new SurveyResponse(SurveyResponseId.of(ID_LOW_HALF_SIGNED),
                    SurveyAnswer.of(ada.id(), SurveyType.NPS, 2, OLDER), NEWER));
        });
        insert(ID_HIGH_HALF_MAX_SIGNED, bob, SurveyType.NPS, 10, NEWER);

        assertThat(page(ada, Optional.empty(), 100)).containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(page(ada, Optional.empty(), 3)).containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(page(ada, after(NEWER, ID_MAX), 100)).containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        // Between ID_1 and ID_MAX in unsigned order: the page resumes at ID_1.
        assertThat(page(ada, after(NEWER, ID_HIGH_HALF_MAX_SIGNED), 100)).containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(page(ada, after(NEWER, ID_1), 100)).containsExactly(ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(page(ada, after(OLDER, OTHER_ID), 100)).containsExactly(ID_LOW_HALF_SIGNED);
        assertThat(page(ada, after(OLDER, ID_LOW_HALF_SIGNED), 100)).isEmpty();
        assertThat(page(bob, Optional.empty(), 100)).containsExactly(ID_HIGH_HALF_MAX_SIGNED);
    }

    // ---- latest --------------------------------------------------------------------------------------------------

    @Test
    void latest_isTheMostRecentlyAnsweredResponseOfThatSurvey_whateverTheInsertionOrder() {
        SurveyResponse newestNps = insert(ID_1, ada, SurveyType.NPS, 9, NEWER);
        insert(ID_MAX, ada, SurveyType.NPS, 3, OLDER);
        SurveyResponse csat = insert(ID_HIGH_HALF_SIGNED, ada, SurveyType.CSAT, 2, OLDER);
        insert(OTHER_ID, ada, SurveyType.NPS, 1, OLDER.minusSeconds(1));
        insert(YET_ANOTHER_ID, bob, SurveyType.NPS, 10, START);

        assertThat(inTx(() -> responses().latest(ada.id(), SurveyType.NPS))).contains(newestNps);
        assertThat(inTx(() -> responses().latest(ada.id(), SurveyType.CSAT))).contains(csat);
        assertThat(inTx(() -> responses().latest(ada.id(), SurveyType.CES))).isEmpty();
    }

    @Test
    void latest_amongResponsesAnsweredAtTheSameInstant_isTheOneWithTheGreatestUnsignedId() {
        insert(ID_HIGH_HALF_SIGNED, ada, SurveyType.NPS, 8, NEWER);
        insert(ID_HIGH_HALF_MAX_SIGNED, ada, SurveyType.NPS, 6, NEWER);
        insert(ID_MAX, ada, SurveyType.CSAT, 1, NEWER);

        assertThat(inTx(() -> responses().latest(ada.id(), SurveyType.NPS)).map(r -> r.id().value()))
                .contains(ID_HIGH_HALF_SIGNED);
    }
}
