package org.mailappliance.imap.sort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * UID SORT and UID THREAD over the conformance corpus, against what Cyrus 3.6 and Dovecot 2.3 answered
 * (sort-conformance/expected.json, made by sort_oracle.py there). Cyrus refuses the bare-LF message, which this
 * store (like Dovecot) takes: an answer must equal Dovecot's, or Cyrus's once that message is left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SortConformanceTest {
    private static final Instant INTERNALDATE = Instant.parse("2024-01-01T12:00:00Z");

    private SortHarness harness;
    private JsonNode expected;
    private final Map<Long, String> uidToName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    @BeforeAll
    void appendCorpus() throws Exception {
        try (InputStream in = resource("/sort-conformance/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        JsonNode corpus;
        try (InputStream in = resource("/conformance/expected.json")) {
            corpus = new ObjectMapper().readTree(in);
        }
        harness = new SortHarness();
        TreeSet<String> sorted = new TreeSet<>();
        corpus.get("messages").fieldNames().forEachRemaining(sorted::add);
        for (String name : sorted) {
            byte[] raw;
            try (InputStream in = resource("/conformance/messages/" + name)) {
                raw = in.readAllBytes();
            }
            long uid = harness.append(raw, INTERNALDATE);
            if (uid > 0) {
                uidToName.put(uid, name);
                names.add(name);
            }
        }
        harness.open();
    }

    @AfterAll
    void close() throws Exception {
        harness.close();
    }

    @TestFactory
    Stream<DynamicTest> sorts() {
        List<DynamicTest> tests = new ArrayList<>();
        expected.get("sorts").fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
            String query = e.getValue().get("cyrus").get("query").asText();
            String answer = harness.command("UID SORT " + query + " UTF-8 ALL");
            assertThat(answer).contains("OK UID SORT completed");
            Matcher m = Pattern.compile("\\* SORT([ 0-9]*)\r\n").matcher(answer);
            assertThat(m.find()).as(answer).isTrue();
            List<String> actual = new ArrayList<>();
            for (String uid : m.group(1).trim().split(" ")) {
                actual.add(uidToName.get(Long.parseLong(uid)));
            }
            matchesAnAnchor(e.getKey() + " " + query, actual, list(e.getValue().get("cyrus")),
                    list(e.getValue().get("dovecot")));
        })));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> threads() {
        List<DynamicTest> tests = new ArrayList<>();
        expected.get("threads").fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
            String answer = harness.command("UID THREAD " + e.getKey() + " UTF-8 ALL");
            assertThat(answer).contains("OK UID THREAD completed");
            Matcher m = Pattern.compile("\\* THREAD (.*)\r\n").matcher(answer);
            assertThat(m.find()).as(answer).isTrue();
            String actual = replaceUids(m.group(1));
            String dovecot = e.getValue().get("dovecot").get("threads").asText();
            String cyrus = e.getValue().get("cyrus").get("threads").asText();
            String withoutBareLf = actual.replace("(s20-bare-lf.eml)", "");
            assertThat(List.of(dovecot, cyrus)).as(e.getKey()).containsAnyOf(actual, withoutBareLf);
        })));
        return tests.stream();
    }

    private static void matchesAnAnchor(String what, List<String> actual, List<String> cyrus, List<String> dovecot) {
        List<String> withoutBareLf = new ArrayList<>(actual);
        withoutBareLf.remove("s20-bare-lf.eml");
        if (!actual.equals(dovecot)) {
            assertThat(withoutBareLf).as(what + " (Dovecot: " + dovecot + ")").isEqualTo(cyrus);
        }
    }

    private String replaceUids(String threads) {
        Matcher m = Pattern.compile("\\d+").matcher(threads);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, uidToName.get(Long.parseLong(m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static List<String> list(JsonNode answer) {
        assertThat(answer.get("status").asText()).isEqualTo("OK");
        List<String> out = new ArrayList<>();
        answer.get("messages").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SortConformanceTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing test resource " + name);
        }
        return in;
    }
}
