package dev.cms.core.internal;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects violations so that one {@link ValidationException} can report every problem of an input at once. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    /**
     * @param path   field path
     * @param value  rejected value
     * @param reason why
     */
    public void add(String path, Object value, String reason) {
        found.add(Violation.of(path, value, reason));
    }

    /**
     * Records a violation unless {@code ok}.
     *
     * @param ok     whether the value is fine
     * @param path   field path
     * @param value  the value
     * @param reason why it is not fine
     */
    public void require(boolean ok, String path, Object value, String reason) {
        if (!ok) {
            add(path, value, reason);
        }
    }

    /**
     * Runs {@code step}; if it throws a {@link ValidationException}, keeps its violations nested under {@code prefix}.
     *
     * @param prefix path prefix for the step's violations
     * @param step   construction that may fail
     * @param <T>    result type
     * @return the result, or {@code null} when the step failed
     */
    public <T> T capture(String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (ValidationException e) {
            e.violations().forEach(v -> found.add(v.under(prefix)));
            return null;
        }
    }

    /**
     * @param path field path
     * @param value text
     * @param max maximum length
     * @return the checked line, or {@code null} after recording a violation
     * @see Checks#line
     */
    public String line(String path, String value, int max) {
        return capture("", () -> Checks.line(path, value, max));
    }

    /**
     * @param path field path
     * @param value text
     * @param max maximum length
     * @return the checked text, or {@code null} after recording a violation
     * @see Checks#text
     */
    public String text(String path, String value, int max) {
        return capture("", () -> Checks.text(path, value, max));
    }

    /**
     * @param path field path
     * @param value optional line
     * @param max maximum length
     * @return the checked value, or {@code null} after recording a violation
     * @see Checks#optionalLine
     */
    public java.util.Optional<String> optionalLine(String path, java.util.Optional<String> value, int max) {
        return capture("", () -> Checks.optionalLine(path, value, max));
    }

    /**
     * @param path field path
     * @param value optional text
     * @param max maximum length
     * @return the checked value, or {@code null} after recording a violation
     * @see Checks#optionalText
     */
    public java.util.Optional<String> optionalText(String path, java.util.Optional<String> value, int max) {
        return capture("", () -> Checks.optionalText(path, value, max));
    }

    /**
     * @param path field path
     * @param value instant
     * @return the checked instant, or {@code null} after recording a violation
     * @see Checks#instant
     */
    public java.time.Instant instant(String path, java.time.Instant value) {
        return capture("", () -> Checks.instant(path, value));
    }

    /**
     * @param path field path
     * @param value optional instant
     * @return the checked value, or {@code null} after recording a violation
     * @see Checks#optionalInstant
     */
    public java.util.Optional<java.time.Instant> optionalInstant(String path, java.util.Optional<java.time.Instant> value) {
        return capture("", () -> Checks.optionalInstant(path, value));
    }

    /** @param e violations to keep as they are */
    public void addAll(ValidationException e) {
        found.addAll(e.violations());
    }

    /** @return whether nothing was found */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @throws ValidationException if any violation was found */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
