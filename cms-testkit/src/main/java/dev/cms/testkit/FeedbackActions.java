package dev.cms.testkit;

import static dev.cms.testkit.ServiceModelActions.dependent;
import static dev.cms.testkit.ServiceModelActions.mutate;
import static dev.cms.testkit.ServiceModelActions.ownOrAny;
import static dev.cms.testkit.ServiceModelActions.pageSizes;
import static dev.cms.testkit.ServiceModelActions.position;

import dev.cms.core.feedback.SurveyType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The feedback actions of {@link ServiceModelProperties}. Scores are mostly on the survey's scale and now and then
 * one step outside it; answer times come from a small pool, so "latest" has ties to break by id.
 */
final class FeedbackActions {
    private FeedbackActions() {
    }

    static ActionChainArbitrary<ServiceModelState> addTo(ActionChainArbitrary<ServiceModelState> chains) {
        return chains
                .withAction(3, dependent(s -> true, FeedbackActions::record))
                .withAction(2, dependent(s -> true, FeedbackActions::latest))
                .withAction(1, dependent(s -> true, FeedbackActions::byCustomer));
    }

    private static Arbitrary<Transformer<ServiceModelState>> record(ServiceModelState state) {
        int customers = state.customerCount();
        int tickets = state.tickets().ticketCount();
        int interactions = state.feedback().interactionCount();
        Arbitrary<SurveyType> types = Arbitraries.frequency(List.of(Tuple.of(3, SurveyType.NPS), Tuple.of(2, SurveyType.CSAT),
                Tuple.of(1, SurveyType.CES)));
        List<Instant> times = ServiceModelActions.OCCURRED;
        // Now and then the same customer answers the same survey again, so that "latest" has several to choose from.
        Arbitrary<Map.Entry<Integer, SurveyType>> fresh = Combinators.combine(position(customers), types).as(Map::entry);
        List<Map.Entry<Integer, SurveyType>> answered = state.feedback().answeredSurveys();
        Arbitrary<Map.Entry<Integer, SurveyType>> who = answered.isEmpty() ? fresh
                : Arbitraries.frequencyOf(List.of(Tuple.of(1, fresh), Tuple.of(1, Arbitraries.of(answered))));
        return Combinators.combine(who, Arbitraries.of(times), Arbitraries.of("Great", "Slow").optional(0.3))
                .flatAs((pair, at, comment) -> {
                    int customer = pair.getKey();
                    SurveyType type = pair.getValue();
                    Arbitrary<Integer> scores = Arbitraries.frequencyOf(List.of(
                            Tuple.of(8, Arbitraries.integers().between(type.min(), type.max())),
                            Tuple.of(1, Arbitraries.of(type.min() - 1, type.max() + 1))));
                    // Links only for a known customer, so at most one kind of reason to fail.
                    boolean known = customer < customers;
                    Arbitrary<Optional<Integer>> ticket = known
                            ? ownOrAny(state.tickets().ticketPositionsOf(customer), tickets).optional(0.3)
                            : Arbitraries.just(Optional.empty());
                    Arbitrary<Optional<Integer>> interaction = known
                            ? ownOrAny(state.feedback().interactionPositionsOf(customer), interactions).optional(0.2)
                            : Arbitraries.just(Optional.empty());
                    return Combinators.combine(scores, ticket, interaction).as((score, t, i) -> mutate("recordFeedback customer#"
                                    + customer + " " + type + " " + score + " at " + at + comment.map(c -> " '" + c + "'").orElse("")
                                    + t.map(p -> " about ticket#" + p).orElse("") + i.map(p -> " about interaction#" + p).orElse(""),
                            s -> s.feedback().record(customer, type, score, at, comment, t, i)));
                });
    }

    private static Arbitrary<Transformer<ServiceModelState>> latest(ServiceModelState state) {
        // Mostly a customer and survey with answers when the chain was generated, so that there is a latest to find.
        List<Map.Entry<Integer, SurveyType>> answered = state.feedback().answeredSurveys();
        Arbitrary<Map.Entry<Integer, SurveyType>> any = Combinators.combine(position(state.customerCount()), Arbitraries.of(SurveyType.class))
                .as(Map::entry);
        Arbitrary<Map.Entry<Integer, SurveyType>> asked = answered.isEmpty() ? any
                : Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.of(answered)), Tuple.of(1, any)));
        return asked.map(pair -> mutate("latestFeedback customer#" + pair.getKey() + " " + pair.getValue(),
                s -> s.feedback().latest(pair.getKey(), pair.getValue())));
    }

    private static Arbitrary<Transformer<ServiceModelState>> byCustomer(ServiceModelState state) {
        return Combinators.combine(position(state.customerCount()), pageSizes())
                .as((customer, size) -> mutate("feedbackByCustomer customer#" + customer + " pageSize=" + size,
                        s -> s.feedback().byCustomer(customer, size)));
    }
}
