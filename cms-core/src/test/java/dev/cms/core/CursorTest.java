package dev.cms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class CursorTest {

    private static Violation rejection(String token) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Cursor.of(token));
        assertThat(e).as("Cursor.of(%s) must be rejected", token).isNotNull();
        assertThat(e.violations()).hasSize(1);
        assertThat(e.violations().get(0).path()).isEqualTo("cursor");
        return e.violations().get(0);
    }

    @Test
    void of_keepsTheTokenExactlyAsGiven() {
        assertThat(Cursor.of("abc-_1").token()).isEqualTo("abc-_1");
        assertThat(Cursor.of("x".repeat(Cursor.MAX_LENGTH)).token()).hasSize(1000);
    }

    @Test
    void of_withLeadingOrTrailingWhiteSpace_isRejectedNotTrimmed() {
        assertThat(rejection(" abc").reason()).contains("white space");
        assertThat(rejection("abc\n").reason()).contains("white space");
    }

    @Test
    void of_withUnpairedSurrogateControlCharacterOrExcessLength_isRejected() {
        assertThat(rejection("ab\uDBFF").reason()).contains("unpaired surrogate");
        assertThat(rejection("a\u0001b").reason()).contains("control");
        assertThat(rejection("x".repeat(1001)).reason()).contains("at most 1000");
    }

    @Test
    void of_withNullOrBlank_isAValidationErrorNotANullPointer() {
        assertThat(rejection(null).reason()).isEqualTo("is required");
        assertThat(rejection(" ").reason()).contains("blank");
    }
}
