package org.mailappliance.imap.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The FETCH items of the shared conformance corpus (oracle.py: 30 messages, one UID FETCH per item) run through the
 * engine and compared with Cyrus's and Dovecot's answers in expected.json, in the oracle's value model (literal and
 * quoted strings are both strings). Where the two servers agree ours must equal that answer; where they disagree it
 * must equal one of them.
 */
class FetchConformanceTest {
    private static final String DATE_TIME = "01-Jan-2024 12:00:00 +0000";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void everyFetchItemMatchesCyrusOrDovecot() throws Exception {
        JsonNode expected;
        try (InputStream in = FetchConformanceTest.class.getResourceAsStream("/conformance/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> messages = new TreeMap<>();
        expected.get("messages").fields().forEachRemaining(e -> messages.put(e.getKey(), e.getValue()));
        assertThat(messages).hasSize(30);

        List<String> failures = new ArrayList<>();
        int total = 0;
        try (ImapDriver driver = new ImapDriver()) {
            Map<String, Long> uids = new LinkedHashMap<>();
            Map<String, String> appendStatus = new LinkedHashMap<>();
            driver.login();
            long nextUid = 1;
            int appendTag = 0;
            for (String name : messages.keySet()) {
                Path file = Path.of(FetchConformanceTest.class.getResource("/conformance/messages/" + name).toURI());
                String status = driver.appendCommand("a" + (++appendTag), Files.readAllBytes(file), DATE_TIME);
                appendStatus.put(name, status);
                if (status.equals("OK")) {
                    uids.put(name, nextUid++);
                }
            }
            driver.select();
            int tag = 0;
            for (Map.Entry<String, JsonNode> m : messages.entrySet()) {
                Iterator<Map.Entry<String, JsonNode>> items = m.getValue().fields();
                while (items.hasNext()) {
                    Map.Entry<String, JsonNode> item = items.next();
                    total++;
                    JsonNode actual;
                    if (item.getKey().equals("APPEND")) {
                        actual = JSON.textNode(appendStatus.get(m.getKey()));
                    } else if (!uids.containsKey(m.getKey())) {
                        actual = JSON.objectNode().put("error", "not appended");
                    } else {
                        String t = "f" + (++tag);
                        actual = fetch(t, uids.get(m.getKey()), item.getKey(),
                                driver.command(t + " UID FETCH " + uids.get(m.getKey()) + " (" + item.getKey() + ")"));
                    }
                    String problem = compare(item.getValue(), actual);
                    if (problem != null) {
                        failures.add(m.getKey() + " " + item.getKey() + ": " + problem);
                    }
                }
            }
        }
        System.out.println("FETCH conformance: " + (total - failures.size()) + " / " + total + " items matched");
        assertThat(failures).as("items that match neither Cyrus nor Dovecot").isEmpty();
        assertThat(total).isEqualTo(expected.get("agreement").get("fetch_items").asInt());
    }

    /** Our answer to {@code UID FETCH uid (item)} as a JSON value, or {"error": status}. */
    private static JsonNode fetch(String tag, long uid, String item, byte[] response) {
        String want = itemKey(item);
        for (byte[] line : ImapValues.responses(response)) {
            String text = new String(line, StandardCharsets.ISO_8859_1);
            if (text.startsWith(tag + " ")) {
                String status = text.substring(tag.length() + 1).split(" ", 2)[0];
                if (!status.equals("OK")) {
                    return JSON.objectNode().put("error", status).put("text", text);
                }
                continue;
            }
            List<Object> tokens = ImapValues.parse(line);
            if (tokens.size() < 4 || !"FETCH".equals(tokens.get(2)) || !(tokens.get(3) instanceof List<?> data)) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int k = 0; k + 1 < data.size(); k += 2) {
                values.put(String.valueOf(data.get(k)).toUpperCase(Locale.ROOT), data.get(k + 1));
            }
            if (Long.valueOf(uid).equals(values.get("UID")) && values.containsKey(want)) {
                return toJson(values.get(want));
            }
        }
        return JSON.objectNode().put("error", "missing").put("text", new String(response, StandardCharsets.UTF_8));
    }

    /** oracle.py item_key: BODY.PEEK[1] is answered as BODY[1], {@code <5.20>} as {@code <5>}. */
    static String itemKey(String item) {
        return item.replace("BODY.PEEK[", "BODY[").replaceAll("<(\\d+)\\.\\d+>$", "<$1>").toUpperCase(Locale.ROOT);
    }

    /** oracle.py to_json: octets that are not UTF-8 become {"base64": ...}. */
    static JsonNode toJson(Object v) {
        if (v == null) {
            return JSON.nullNode();
        }
        if (v instanceof List<?> list) {
            ArrayNode a = JSON.arrayNode();
            list.forEach(x -> a.add(toJson(x)));
            return a;
        }
        if (v instanceof ImapValues.Octets o) {
            try {
                return JSON.textNode(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(o.bytes())).toString());
            } catch (CharacterCodingException e) {
                ObjectNode b = JSON.objectNode();
                b.put("base64", Base64.getEncoder().encodeToString(o.bytes()));
                return b;
            }
        }
        if (v instanceof Long n) {
            return JSON.numberNode(n);
        }
        return JSON.textNode(String.valueOf(v));
    }

    /** Null when {@code actual} is acceptable, else what it should have been. */
    private static String compare(JsonNode expected, JsonNode actual) {
        JsonNode cyrus = expected.get("cyrus");
        JsonNode dovecot = expected.get("dovecot");
        if (same(cyrus, actual) || same(dovecot, actual)) {
            return null;
        }
        boolean agree = expected.get("agree").asBoolean();
        return (agree ? "expected " + cyrus : "expected cyrus " + cyrus + " or dovecot " + dovecot)
                + " but was " + actual;
    }

    /** Equal values; numbers by value; for refusals only the status counts (the texts are the servers' own). */
    private static boolean same(JsonNode want, JsonNode have) {
        if (want.isObject() && want.has("error")) {
            return have.isObject() && have.has("error") && want.get("error").equals(have.get("error"));
        }
        return want.equals((a, b) -> a.isNumber() && b.isNumber()
                ? Long.compare(a.asLong(), b.asLong()) : a.equals(b) ? 0 : 1, have);
    }
}
