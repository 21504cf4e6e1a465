package dev.cms.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    private static Violation rejection(String value) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> UserId.of(value));
        assertThat(e).as("UserId.of(%s) must be rejected", value).isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    void of_keepsTheIdentifierExactlyAsGiven() {
        assertThat(UserId.of("alice").value()).isEqualTo("alice");
        assertThat(UserId.of("Ada Lovelace").value()).isEqualTo("Ada Lovelace");
        assertThat(UserId.of("\uD835\uDCD0x").value()).isEqualTo("\uD835\uDCD0x");
        assertThat(UserId.of("a".repeat(200)).value()).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {" alice", "alice ", "\talice", "alice\n", "\u2003alice"})
    void of_withLeadingOrTrailingWhiteSpace_isRejectedNotTrimmed(String value) {
        Violation v = rejection(value);

        assertThat(v.path()).isEqualTo("userId");
        assertThat(v.reason()).contains("white space");
    }

    @Test
    void of_withUnpairedSurrogates_isRejected() {
        assertThat(rejection("ab\uD800").reason()).contains("unpaired surrogate at index 2");
        assertThat(rejection("\uDC00ab").reason()).contains("unpaired surrogate at index 0");
        assertThat(rejection("a\uD800b").reason()).contains("unpaired surrogate at index 1");
    }

    @Test
    void of_withBlankTooLongOrControlText_isRejected() {
        assertThat(rejection("   ").reason()).contains("blank");
        assertThat(rejection("").reason()).contains("blank");
        assertThat(rejection("a".repeat(201)).reason()).contains("at most 200");
        assertThat(rejection("al\u0000ice").reason()).contains("control");
        assertThat(rejection("al\u007Fice").reason()).contains("control");
        assertThat(rejection(null).rejectedValue()).isEqualTo("<absent>");
    }
}
