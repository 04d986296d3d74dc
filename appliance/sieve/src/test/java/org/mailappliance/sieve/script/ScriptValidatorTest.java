package org.mailappliance.sieve.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptValidatorTest {
    private final ScriptValidator all = ScriptValidator.create(List.of());

    @Test
    void advertisesWhatJSieveImplementsWithoutItsVendorLog() {
        assertThat(all.extensions()).containsExactly("fileinto", "reject", "envelope", "body", "vacation",
                "comparator-i;ascii-numeric");
        assertThat(all.problem("require \"log\"; log \"x\";")).isPresent();
    }

    @Test
    void sieveExtensionsNarrowsWhatIsAdvertisedAndAccepted() {
        ScriptValidator narrow = ScriptValidator.create(List.of("FILEINTO", "imap4flags"));
        assertThat(narrow.extensions()).containsExactly("fileinto");
        assertThat(narrow.problem("require \"fileinto\"; fileinto \"a\";")).isEmpty();
        assertThat(narrow.problem("require \"vacation\"; vacation \"x\";")).isPresent();
    }

    @Test
    void acceptsCompleteScripts() {
        assertThat(all.problem("")).isEmpty();
        assertThat(all.problem("# comment\r\nkeep;")).isEmpty();
        assertThat(all.problem("require [\"fileinto\", \"envelope\", \"body\", \"reject\", \"vacation\"];\n"
                + "if allof(envelope :is \"from\" \"a@b\", not body :text :contains \"x\") { fileinto \"A\"; }\n"
                + "elsif size :over 100K { reject \"too big\"; } else { vacation :days 3 \"away\"; stop; }"))
                .isEmpty();
        assertThat(all.problem("if true { if false { discard; } else { keep; } }")).isEmpty();
    }

    @Test
    void refusesWithOneLineReasons() {
        assertThat(all.problem("keep")).hasValueSatisfying(p -> assertThat(p).contains("line 1, column 4")
                .doesNotContain("\n"));
        assertThat(all.problem("\"unterminated")).hasValueSatisfying(p -> assertThat(p).startsWith("Lexical error"));
        assertThat(all.problem("require \"fileinto\";\nif true { fileinto \"x\"; }\nif true { vacation \"v\"; }"))
                .contains("line 3: vacation used without require \"vacation\"");
        assertThat(all.problem("if true { require \"fileinto\"; }")).as("jSieve's own check")
                .contains("'require' is only allowed before other commands");
        assertThat(all.problem("if true { keep; } keep; elsif true { stop; }"))
                .contains("line 1: elsif without a preceding if");
        assertThat(all.problem("if not envelope :is \"to\" \"x\" { keep; }"))
                .contains("line 1: envelope used without require \"envelope\"");
        assertThat(all.problem("if anyof(true, false) { if exists \"x\" { } } elsif { }"))
                .contains("line 1: elsif needs exactly one test");
    }

    @Test
    void scriptNames() {
        assertThat(ScriptNames.problem("ok name ünï")).isEmpty();
        assertThat(ScriptNames.problem("")).contains("Script name is empty");
        assertThat(ScriptNames.problem("a/b")).isPresent();
        assertThat(ScriptNames.problem("a\u0085b")).isPresent();
        assertThat(ScriptNames.problem("a\u2028")).isPresent();
        assertThat(ScriptNames.problem("x".repeat(512))).isEmpty();
        assertThat(ScriptNames.problem("x".repeat(513))).isPresent();
    }
}
