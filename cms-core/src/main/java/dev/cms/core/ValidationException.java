package dev.cms.core;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected. Carries every violation found, each with its field path, so a form can mark all bad fields at
 * once. Nothing has been written when this is thrown.
 */
public final class ValidationException extends CmsException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Kept as an unmodifiable list; records are serializable through their components. */
    private final transient List<Violation> violations;

    /**
     * Creates the exception from the problems found.
     *
     * @param violations at least one violation
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(render(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * {@return an exception with one violation}
     *
     * @param path   field path of the single violation
     * @param value  rejected value
     * @param reason why
     */
    public static ValidationException of(String path, Object value, String reason) {
        return new ValidationException(List.of(Violation.of(path, value, reason)));
    }

    /** {@return every violation, in the order found} */
    public List<Violation> violations() {
        return violations;
    }

    private static String render(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; ", "invalid input: ", ""));
    }
}
