package org.mailappliance.lmtp.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathArgumentTest {

    @Test
    void pathAndParametersInOrderWithUpperCaseKeys() throws SyntaxException {
        PathArgument a = PathArgument.parse("from:<s@example.net> size=100 Body=8BITMIME ignorequota", "FROM:", true);
        assertThat(a.path()).isEqualTo(new MailPath("s", "example.net"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("SIZE", "100");
        expected.put("BODY", "8BITMIME");
        expected.put("IGNOREQUOTA", null);
        assertThat(a.parameters()).containsExactlyEntriesOf(expected);
    }

    @Test
    void toleratesSpaceAfterColonAndRunsOfSpaces() throws SyntaxException {
        PathArgument a = PathArgument.parse("TO: <a@b.example>  X-Y=1 ", "TO:", false);
        assertThat(a.path().localPart()).isEqualTo("a");
        assertThat(a.parameters()).containsEntry("X-Y", "1");
    }

    @Test
    void rejectsBadForms() {
        assertThatThrownBy(() -> PathArgument.parse("TO <a@b>", "TO:", false)).hasMessageContaining("TO:");
        assertThatThrownBy(() -> PathArgument.parse("TO:<a@b>SIZE=1", "TO:", false))
                .hasMessageContaining("space expected");
        assertThatThrownBy(() -> PathArgument.parse("TO:<a@b> =1", "TO:", false)).hasMessageContaining("keyword");
        assertThatThrownBy(() -> PathArgument.parse("TO:<a@b> -X=1", "TO:", false)).hasMessageContaining("keyword");
        assertThatThrownBy(() -> PathArgument.parse("TO:<a@b> X=", "TO:", false)).hasMessageContaining("value");
        assertThatThrownBy(() -> PathArgument.parse("TO:<a@b> X=a=b", "TO:", false)).hasMessageContaining("value");
        assertThatThrownBy(() -> PathArgument.parse("TO:<a@b> X=1 x=2", "TO:", false)).hasMessageContaining("twice");
        assertThatThrownBy(() -> PathArgument.parse("TO:<a@b> IGNOREQUOTA ignorequota", "TO:", false))
                .hasMessageContaining("twice");
    }
}
