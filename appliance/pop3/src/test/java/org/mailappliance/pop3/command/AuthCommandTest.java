package org.mailappliance.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthCommandTest {

    @Test
    void mechanismIsUpperCasedAndEqualsSignIsAnEmptyInitialResponse() {
        assertThat(AuthCommand.parse("plain")).contains(new AuthCommand.Request("PLAIN", null));
        assertThat(AuthCommand.parse("PLAIN =")).contains(new AuthCommand.Request("PLAIN", ""));
        assertThat(AuthCommand.parse("Plain \tAGFsaWNl ")).contains(new AuthCommand.Request("PLAIN", "AGFsaWNl"));
        assertThat(AuthCommand.parse("PLAIN a b")).isEmpty();
    }

    @Test
    void base64MustBePaddedAndClean() {
        assertThat(AuthCommand.decode("")).get().satisfies(b -> assertThat(b).isEmpty());
        assertThat(AuthCommand.decode("YWxpY2U=")).get().satisfies(b -> assertThat(new String(b)).isEqualTo("alice"));
        assertThat(AuthCommand.decode("YWxpY2U")).isEmpty();
        assertThat(AuthCommand.decode("YWxp*2U=")).isEmpty();
    }
}
