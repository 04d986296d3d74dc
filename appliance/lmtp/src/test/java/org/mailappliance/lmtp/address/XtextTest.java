package org.mailappliance.lmtp.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XtextTest {

    @Test
    void decodesHexEscapes() throws SyntaxException {
        assertThat(Xtext.decode("postman+2Bx@example.org")).isEqualTo("postman+x@example.org");
        assertThat(Xtext.decode("a+3Db")).isEqualTo("a=b");
        assertThat(Xtext.decode("plain")).isEqualTo("plain");
    }

    @Test
    void rejectsBadEscapesAndCharacters() {
        assertThatThrownBy(() -> Xtext.decode("a+2")).isInstanceOf(SyntaxException.class);
        assertThatThrownBy(() -> Xtext.decode("a+")).isInstanceOf(SyntaxException.class);
        assertThatThrownBy(() -> Xtext.decode("a+2b")).isInstanceOf(SyntaxException.class);
        assertThatThrownBy(() -> Xtext.decode("a=b")).isInstanceOf(SyntaxException.class);
        assertThatThrownBy(() -> Xtext.decode("a b")).isInstanceOf(SyntaxException.class);
    }
}
