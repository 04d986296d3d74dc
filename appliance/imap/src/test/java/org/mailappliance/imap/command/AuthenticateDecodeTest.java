package org.mailappliance.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthenticateDecodeTest {

    @Test
    void base64MustBePaddedAndClean() {
        assertThat(AuthenticateCommand.decode("")).get().satisfies(b -> assertThat(b).isEmpty());
        assertThat(AuthenticateCommand.decode("YWxpY2U=")).isPresent();
        assertThat(AuthenticateCommand.decode("YWxpY2U")).isEmpty();
        assertThat(AuthenticateCommand.decode("YWxp*2U=")).isEmpty();
    }
}
