package org.mailappliance.imap.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.mailappliance.imap.search.SearchHarness;

/**
 * The 37 UID SEARCH queries of the conformance corpus (oracle.py's SEARCHES) against this engine: the messages are
 * appended as oracle.py does (INTERNALDATE 01-Jan-2024 12:00:00 +0000, no flags), and each result, as message file
 * names, must equal Cyrus's answer where Cyrus and Dovecot agree, and one of the two where they do not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchConformanceTest {
    /** oracle.py SEARCHES: name, criteria, the literal sent after them (non-ASCII, with CHARSET UTF-8) or null. */
    private static final String[][] SEARCHES = {
        {"all", "ALL", null},
        {"subject-ascii", "SUBJECT \"boundary\"", null},
        {"subject-encword-utf8", "CHARSET UTF-8 SUBJECT", "Grüße"},
        {"subject-encword-latin1", "CHARSET UTF-8 SUBJECT", "Café"},
        {"subject-encword-adjacent", "CHARSET UTF-8 SUBJECT", "Café crème"},
        {"subject-encword-cjk", "CHARSET UTF-8 SUBJECT", "日本語"},
        {"subject-umlaut-lower", "CHARSET UTF-8 SUBJECT", "ärger"},
        {"subject-malformed-raw", "SUBJECT \"unterminated\"", null},
        {"subject-folded", "SUBJECT \"several lines\"", null},
        {"from-name-part", "FROM \"Doe\"", null},
        {"from-domain", "FROM \"example.de\"", null},
        {"from-encword-name", "CHARSET UTF-8 FROM", "Müller"},
        {"from-latin1-name", "CHARSET UTF-8 FROM", "François"},
        {"to-group", "TO \"undisclosed\"", null},
        {"cc-group-member", "CC \"ben@example.com\"", null},
        {"body-base64", "BODY \"quokkamarker\"", null},
        {"body-base64-utf8", "CHARSET UTF-8 BODY", "Köln"},
        {"body-qp-softbreak", "BODY \"giraffe\"", null},
        {"body-qp-latin1", "CHARSET UTF-8 BODY", "Ärger im Büro"},
        {"body-rfc822-inner", "BODY \"armadillo\"", null},
        {"body-epilogue", "BODY \"narwhal\"", null},
        {"text-header-and-body", "TEXT \"penguin\"", null},
        {"text-naive", "CHARSET UTF-8 TEXT", "naïve"},
        {"header-message-id", "HEADER Message-ID \"<s05@conformance.test>\"", null},
        {"header-in-reply-to-exists", "HEADER In-Reply-To \"\"", null},
        {"header-content-type-multipart", "HEADER Content-Type \"multipart\"", null},
        {"header-x-conformance", "HEADER X-Conformance \"hidden\"", null},
        {"larger-2000", "LARGER 2000", null},
        {"smaller-400", "SMALLER 400", null},
        {"sentbefore-2010", "SENTBEFORE 1-Jan-2010", null},
        {"senton-2021-03-15", "SENTON 15-Mar-2021", null},
        {"sentsince-2021-05-01", "SENTSINCE 1-May-2021", null},
        {"not-subject", "NOT SUBJECT \"a\"", null},
        {"or-from-to", "OR FROM \"alice\" TO \"zoe\"", null},
        {"not-or-size", "NOT OR SMALLER 500 LARGER 1500", null},
        {"and-not-header-date", "NOT HEADER Date \"\" FROM \"example\"", null},
        {"on-internaldate", "ON 1-Jan-2024", null},
    };
    private static final Instant INTERNALDATE = Instant.parse("2024-01-01T12:00:00Z");

    private SearchHarness harness;
    private JsonNode expected;
    private final Map<Long, String> uidToName = new HashMap<>();

    @BeforeAll
    void appendCorpus() throws Exception {
        try (InputStream in = resource("expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        harness = new SearchHarness(Instant.parse("2026-01-01T00:00:00Z"));
        for (String name : new TreeSet<>(messageNames())) {
            byte[] raw;
            try (InputStream in = resource("messages/" + name)) {
                raw = in.readAllBytes();
            }
            long uid = harness.append(raw, Set.of(), INTERNALDATE);
            if (uid > 0) {
                uidToName.put(uid, name);
            }
        }
        harness.login();
        List<String> select = harness.command("SELECT INBOX");
        assertThat(select.get(select.size() - 1)).as("SELECT").contains("OK");
    }

    @AfterAll
    void close() throws Exception {
        harness.close();
    }

    @TestFactory
    Stream<DynamicTest> searches() {
        assertThat(expected.get("searches").size()).as("queries in expected.json").isEqualTo(SEARCHES.length);
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] q : SEARCHES) {
            tests.add(DynamicTest.dynamicTest(q[0], () -> check(q[0], q[1], q[2])));
        }
        return tests.stream();
    }

    private void check(String name, String criteria, String literal) {
        JsonNode e = expected.get("searches").get(name);
        String query = criteria + (literal == null ? "" : " " + literal);
        assertThat(e.get("query").asText()).as("query text of " + name).isEqualTo(query);
        List<String> lines = literal == null ? harness.command("UID SEARCH " + criteria)
                : harness.command("UID SEARCH " + criteria, literal.getBytes(StandardCharsets.UTF_8));
        List<String> actual = new ArrayList<>();
        for (long uid : SearchHarness.searchResult(lines)) {
            actual.add(uidToName.getOrDefault(uid, "uid:" + uid));
        }
        actual.sort(null);
        List<List<String>> answers = new ArrayList<>();
        answers.add(names(e.get("cyrus")));
        if (!e.get("agree").asBoolean()) {
            answers.add(names(e.get("dovecot")));
        }
        assertThat(answers).as(name + ": " + query + " (Cyrus" + (answers.size() > 1 ? " or Dovecot" : "")
                + ")").contains(actual);
    }

    private static List<String> names(JsonNode answer) {
        assertThat(answer.get("status").asText()).isEqualTo("OK");
        List<String> out = new ArrayList<>();
        answer.get("messages").forEach(n -> out.add(n.asText()));
        return out;
    }

    private List<String> messageNames() {
        List<String> out = new ArrayList<>();
        expected.get("messages").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SearchConformanceTest.class.getResourceAsStream("/conformance/" + name);
        if (in == null) {
            throw new IOException("missing test resource conformance/" + name);
        }
        return in;
    }
}
