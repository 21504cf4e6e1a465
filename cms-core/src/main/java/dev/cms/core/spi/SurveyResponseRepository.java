package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import java.util.List;
import java.util.Optional;

/** Stores survey responses, append-only. */
public interface SurveyResponseRepository {
    /**
     * Stores a new survey response.
     *
     * @param response a new response
     * @throws ConflictException with {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(SurveyResponse response);

    /**
     * {@return the response, or empty}
     *
     * @param id a response id
     */
    Optional<SurveyResponse> findById(SurveyResponseId id);

    /**
     * {@return the customer's responses by answeredAt descending, then id descending, strictly after {@code after}}
     *
     * @param customer a customer
     * @param after    position of the last item of the previous page
     * @param limit    maximum number to return
     */
    List<SurveyResponse> byCustomer(CustomerId customer, Optional<SurveyResponsePosition> after, int limit);

    /**
     * {@return the first of the customer's responses to that survey in the order of {@link #byCustomer}}
     *
     * @param customer a customer
     * @param type     a survey
     */
    Optional<SurveyResponse> latest(CustomerId customer, SurveyType type);
}
