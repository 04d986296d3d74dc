package org.mailappliance.sasl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/** Test helpers to drive a SaslServer with text messages. */
final class Exchange {
    private Exchange() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String challenge(SaslStep step) {
        assertThat(step).isInstanceOf(SaslStep.Challenge.class);
        return new String(((SaslStep.Challenge) step).data(), StandardCharsets.UTF_8);
    }

    static SaslStep.Success success(SaslStep step) {
        assertThat(step).isInstanceOf(SaslStep.Success.class);
        return (SaslStep.Success) step;
    }

    static SaslStep.Reason failure(SaslStep step) {
        assertThat(step).isInstanceOf(SaslStep.Failure.class);
        return ((SaslStep.Failure) step).reason();
    }
}
