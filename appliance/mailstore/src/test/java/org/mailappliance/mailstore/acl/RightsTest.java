package org.mailappliance.mailstore.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightsTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
            "lrs, lrs",
            "srl, lrs",
            "lrswipkxtecdan, lrswipkxtecdan",
            "lrswipkxtean, lrswipkxtecdan",
            // legacy macros add their members only when none is named (RFC 4314 2.1.1, Cyrus lib/acl.c)
            "c, kxc",
            "ck, kc",
            "d, ted",
            "dt, td",
            "k, kc",
            "e, ed",
            "a, a",
            "n09, n09",
    })
    void parsesAndFormatsLikeCyrus(String input, String expected) {
        assertThat(Rights.parse(input).format()).isEqualTo(expected);
    }

    @Test
    void theOwnersFullSetIsCyrusAll() {
        assertThat(Rights.ALL.format()).isEqualTo("lrswipkxtecdan");
        assertThat(Rights.ALL.has('c')).isTrue();
        assertThat(Rights.ALL.has('d')).isTrue();
        assertThat(Rights.parse("lr").has('c')).isFalse();
    }

    @Test
    void unknownRightsAreRejectedWithTheCharacter() {
        assertThatThrownBy(() -> Rights.parse("lrz")).isInstanceOf(InvalidRightsException.class)
                .hasMessageContaining("'z' is not a right").hasMessageContaining("\"lrz\"");
        assertThatThrownBy(() -> Rights.parse("L")).isInstanceOf(InvalidRightsException.class);
    }

    @Test
    void setOperations() {
        Rights lrs = Rights.parse("lrs");
        assertThat(lrs.plus(Rights.parse("w")).format()).isEqualTo("lrsw");
        assertThat(lrs.minus(Rights.parse("r")).format()).isEqualTo("ls");
        assertThat(lrs.containsAll(Rights.parse("ls"))).isTrue();
        assertThat(lrs.containsAll(Rights.parse("lw"))).isFalse();
        assertThat(Rights.NONE.isEmpty()).isTrue();
        assertThat(Rights.parse("")).isEqualTo(Rights.NONE);
    }

    @Test
    void setaclChangesAddRemoveOrReplace() {
        Rights current = Rights.parse("lrs");
        assertThat(RightsChange.parse("+wi").applyTo(current).format()).isEqualTo("lrswi");
        assertThat(RightsChange.parse("-s").applyTo(current).format()).isEqualTo("lr");
        assertThat(RightsChange.parse("a").applyTo(current).format()).isEqualTo("a");
        assertThat(RightsChange.parse("").applyTo(current)).isEqualTo(Rights.NONE);
        assertThatThrownBy(() -> RightsChange.parse("+q")).isInstanceOf(InvalidRightsException.class);
    }
}
