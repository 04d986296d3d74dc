package org.mailappliance.mailstore.message.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailappliance.mailstore.message.MessageCache;

/**
 * The cached ENVELOPE, BODY and BODYSTRUCTURE of every message of the conformance corpus (shared/conformance,
 * copied to test resources) against the answers of Cyrus IMAP 3.6 and Dovecot 2.3 in expected.json: a value
 * matches when it equals Cyrus's, or Dovecot's where the two disagree (the corpus's rule). Values are compared
 * after oracle.py's parsing (quoted vs literal syntax and blanks between tokens do not count).
 */
class ConformanceCorpusTest {
    private static Path corpus;
    private static Map<String, Object> expectedMessages;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException, URISyntaxException {
        corpus = Path.of(ConformanceCorpusTest.class.getResource("/conformance/expected.json").toURI()).getParent();
        Map<String, Object> expected = (Map<String, Object>) MiniJson.parse(
                Files.readString(corpus.resolve("expected.json"), StandardCharsets.UTF_8));
        expectedMessages = (Map<String, Object>) expected.get("messages");
    }

    @Test
    void envelopeBodyAndBodystructureMatchCyrusOrDovecotForEveryCorpusMessage() {
        List<String> mismatches = new ArrayList<>();
        int matched = 0;
        int total = 0;
        for (String name : expectedMessages.keySet()) {
            MessageCache cache = MessageAnalyzer.analyze(corpus.resolve("messages").resolve(name));
            for (String item : List.of("ENVELOPE", "BODY", "BODYSTRUCTURE")) {
                String rendered = switch (item) {
                    case "ENVELOPE" -> cache.envelope();
                    case "BODY" -> cache.body();
                    default -> cache.bodyStructure();
                };
                total++;
                Object actual = OracleValues.parseFirst(rendered);
                List<Object> answers = answers(name, item);
                if (answers.contains(actual) || refusedByCyrusAndEqualIgnoringCase(name, item, actual)) {
                    matched++;
                } else {
                    mismatches.add(name + " " + item + "\n  expected one of: " + answers + "\n  actual:          " + actual);
                }
            }
        }
        System.out.println("conformance corpus: " + matched + " of " + total + " ENVELOPE/BODY/BODYSTRUCTURE values match");
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
    }

    @Test
    void headerSizeIsTheOffsetOfTheBodyAsCyrusServesBodyText() throws IOException {
        for (String name : expectedMessages.keySet()) {
            Path file = corpus.resolve("messages").resolve(name);
            MessageCache cache = MessageAnalyzer.analyze(file);
            Object text = item(name, "BODY.PEEK[TEXT]");
            if (text instanceof String expectedText && !name.contains("bare-lf")) {
                byte[] raw = Files.readAllBytes(file);
                String body = new String(raw, (int) cache.headerSize(), raw.length - (int) cache.headerSize(),
                        StandardCharsets.UTF_8);
                assertThat(body).as(name).isEqualTo(expectedText);
            }
        }
    }

    /**
     * Cyrus refuses to store a message with bare LF (APPEND NO), so only Dovecot answered; LMTP delivery must
     * store such a message all the same, and its cache (Cyrus's spelling, upper-case) must then agree with
     * Dovecot's in everything but the case of the (case-insensitive) type strings.
     */
    private static boolean refusedByCyrusAndEqualIgnoringCase(String message, String item, Object actual) {
        Object cyrus = item(message, item);
        if (!(cyrus instanceof Map<?, ?> error) || !"not appended".equals(error.get("error"))) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Object dovecot = ((Map<String, Object>) ((Map<String, Object>) expectedMessages.get(message)).get(item)).get("dovecot");
        return lowerCased(dovecot).equals(lowerCased(actual));
    }

    private static Object lowerCased(Object v) {
        if (v instanceof String s) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ConformanceCorpusTest::lowerCased).toList();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Object item(String message, String item) {
        Map<String, Object> e = (Map<String, Object>) ((Map<String, Object>) expectedMessages.get(message)).get(item);
        return e.get("cyrus");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> answers(String message, String item) {
        Map<String, Object> e = (Map<String, Object>) ((Map<String, Object>) expectedMessages.get(message)).get(item);
        List<Object> out = new ArrayList<>();
        out.add(e.get("cyrus"));
        if (!Boolean.TRUE.equals(e.get("agree"))) {
            out.add(e.get("dovecot"));
        }
        return out;
    }
}
