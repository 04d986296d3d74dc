package org.mailappliance.mailstore.message.sortkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** i;unicode-casemap keys: case and compatibility forms fold together, and keys compare by code point. */
class CollationTest {

    @Test
    void caseDoesNotMatter() {
        assertThat(Collation.key("Hello World")).isEqualTo(Collation.key("hello WORLD")).isEqualTo("HELLO WORLD");
        assertThat(Collation.key("grüße")).isEqualTo(Collation.key("GRÜßE")).isEqualTo("GRU\u0308\u00dfE");
        assertThat(Collation.key("ÉCOLE")).isEqualTo(Collation.key("école"));
    }

    @Test
    void compatibilityFormsFoldTogether() {
        // the ligature decomposes to f i, the full-width letter to its ASCII form
        assertThat(Collation.key("\uFB01le")).isEqualTo(Collation.key("FILE"));
        assertThat(Collation.key("\uFF21")).isEqualTo(Collation.key("a"));
        // a precomposed letter and its decomposed spelling are one key
        assertThat(Collation.key("\u00e9")).isEqualTo(Collation.key("e\u0301"));
    }

    @Test
    void nullAndEmptyAreTheEmptyKey() {
        assertThat(Collation.key(null)).isEmpty();
        assertThat(Collation.key("")).isEmpty();
    }

    @Test
    void keysCompareByCodePoint() {
        String privateUse = "\uE000";
        String supplementary = new String(Character.toChars(0x1F600));
        assertThat(privateUse.compareTo(supplementary)).isPositive(); // what String.compareTo would get wrong
        assertThat(Collation.compare(privateUse, supplementary)).isNegative();
        assertThat(Collation.compare(supplementary, privateUse)).isPositive();
        List<String> keys = new ArrayList<>(List.of("B", "", "AB", "A", supplementary, privateUse));
        keys.sort(Collation::compare);
        assertThat(keys).containsExactly("", "A", "AB", "B", privateUse, supplementary);
    }
}
