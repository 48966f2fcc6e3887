package io.vorda.access;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"short-pass1", "password1234", "Password1234", "qwertyuiop123", "aaaaaaaaaaaaaaaa",
            "abababababababab", "jan.kowalski-2026"})
    void weak_passwords_are_refused_on_the_named_field(String password) {
        assertThatThrownBy(() -> policy.check(password, "jan.kowalski@example.pl", "newPassword"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.PASSWORD_TOO_WEAK);
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("newPassword");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Zomer-in-Zeeland-2026", "żółta łódź płynie"})
    void long_uncommon_passwords_pass_without_composition_rules(String password) {
        assertThatCode(() -> policy.check(password, "jan.kowalski@example.pl", "newPassword")).doesNotThrowAnyException();
    }

    @Test
    void a_password_longer_than_128_characters_is_refused() {
        assertThatThrownBy(() -> policy.check("x1y2".repeat(33), "a@b.example", "newPassword")).isInstanceOf(DomainException.class);
    }
}
