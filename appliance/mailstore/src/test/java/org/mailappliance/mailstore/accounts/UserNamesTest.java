package org.mailappliance.mailstore.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UserNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "john.doe", "Bob_2", "jos\u00e9", "a-b", "x"})
    void acceptsOrdinaryNames(String name) {
        assertThat(UserNames.requireValid(name)).isEqualTo(name);
    }

    @Test
    void aUserIdMayNameAVirtualDomainAfterItsLastAt() {
        assertThat(UserNames.requireValid("alice@example.com")).isEqualTo("alice@example.com");
        assertThat(UserNames.localPart("john.doe@example.com")).isEqualTo("john.doe");
        assertThat(UserNames.domain("john.doe@example.com")).isEqualTo("example.com");
        assertThat(UserNames.domain("alice")).isNull();
        assertThat(UserNames.localPart("alice")).isEqualTo("alice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " alice", "al ice", "alice\t", "al/ice", "al\u0000ice", "al\u001bice", "al\u200Bice",
            ".alice", "alice.", "al..ice", "al^ice", "al!ice", "alice@Example.com", "alice@", "@example.com",
            "a@b@example.com", "alice@example..com", "alice@.example.com", "alice@exa!mple.com", "al+ice", "al*", "al%",
            "anyone", "Anonymous", "-alice", "group:staff", "al\u00A0ice"})
    void rejectsAmbiguousOrUnsafeNames(String name) {
        assertThatThrownBy(() -> UserNames.requireValid(name)).isInstanceOf(InvalidUserNameException.class);
        assertThat(UserNames.isValid(name)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> UserNames.requireValid(null)).isInstanceOf(InvalidUserNameException.class);
    }

    @Test
    void limitsTheNameTo255Utf8Bytes() {
        assertThat(UserNames.isValid("a".repeat(255))).isTrue();
        assertThat(UserNames.isValid("a".repeat(256))).isFalse();
        assertThat(UserNames.isValid("\u00e9".repeat(128))).isFalse();
    }

    @Test
    void errorMessagesShowControlCharactersEscaped() {
        assertThatThrownBy(() -> UserNames.requireValid("a\u0007"))
                .hasMessageContaining("a\\u0007").hasMessageContaining("U+0007");
    }
}
