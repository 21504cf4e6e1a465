package dev.cms.core.feedback;

/** The survey a score answers, with its scale. */
public enum SurveyType {
    /** Net Promoter Score: "How likely are you to recommend us?", 0 to 10. */
    NPS(0, 10),
    /** Customer Satisfaction: "How satisfied were you?", 1 to 5. */
    CSAT(1, 5),
    /** Customer Effort Score: "How easy was it?", 1 to 7. */
    CES(1, 7);

    private final int min;
    private final int max;

    SurveyType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** {@return the lowest valid score} */
    public int min() {
        return min;
    }

    /** {@return the highest valid score} */
    public int max() {
        return max;
    }
}
