package dev.cms.core.feedback;

import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import java.util.Optional;

/** Records NPS, CSAT and CES answers; obtain it with {@code cms.as(principal).feedback()}. */
public interface FeedbackService {
    /**
     * Records an answer and publishes {@link FeedbackRecorded}.
     *
     * @param answer the answer
     * @return the stored response
     * @throws NotFoundException   if the customer does not exist
     * @throws ValidationException if the linked ticket or interaction does not exist or belongs to another customer
     */
    SurveyResponse record(SurveyAnswer answer);

    /**
     * {@return the response}
     *
     * @param id a response id
     * @throws NotFoundException if there is none
     */
    SurveyResponse get(SurveyResponseId id);

    /**
     * {@return the customer's answers, most recently answered first}
     *
     * @param customer a customer
     * @param page     which page
     */
    Page<SurveyResponse> byCustomer(CustomerId customer, PageRequest page);

    /**
     * {@return the customer's most recently answered response to that survey}
     *
     * @param customer a customer
     * @param type     a survey
     */
    Optional<SurveyResponse> latest(CustomerId customer, SurveyType type);
}
