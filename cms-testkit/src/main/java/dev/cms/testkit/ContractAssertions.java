package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cms.core.ConflictException;
import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions in the vocabulary of the library's errors, so contract tests say what must fail and why in one line:
 * {@code assertViolations(() -> build(...), "emails[0].email", "tags")}.
 */
public final class ContractAssertions {
    private ContractAssertions() {
    }

    /**
     * {@return the thrown exception, for further assertions}
     *
     * @param type the exception type the call must throw
     * @param call the call
     * @param <E>  that type
     */
    public static <E extends Throwable> E assertFails(Class<E> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected the call to throw %s", type.getSimpleName()).isInstanceOf(type);
        return type.cast(thrown);
    }

    /**
     * Asserts that the call is rejected with exactly the given violation paths, in any order.
     *
     * @param call  the call
     * @param paths every expected field path, such as {@code emails[0].email}
     * @return the exception
     */
    public static ValidationException assertViolations(ThrowingCallable call, String... paths) {
        ValidationException e = assertFails(ValidationException.class, call);
        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(paths);
        return e;
    }

    /**
     * {@return the exception}
     *
     * @param reason the expected kind of conflict
     * @param call   the call
     */
    public static ConflictException assertConflict(ConflictException.Reason reason, ThrowingCallable call) {
        ConflictException e = assertFails(ConflictException.class, call);
        assertThat(e.reason()).as("conflict reason of: %s", e.getMessage()).isEqualTo(reason);
        return e;
    }
}
