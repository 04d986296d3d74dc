package org.mailappliance.imap.search;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Answers the keys that need the message file (HEADER, BCC, BODY, TEXT, and header keys the index cannot answer) in
 * one streaming pass: header fields are decoded one at a time, text parts are decoded per Content-Transfer-Encoding
 * and charset and folded in chunks, so memory stays bounded whatever the message size. Parts that are not text
 * (attachments, images), the MIME headers of body parts, and the preamble and epilogue of multiparts are not
 * searched, as in Cyrus and Dovecot; message/rfc822 parts are searched inside (their header and text parts).
 */
final class MessageScanner {
    private static final MimeConfig CONFIG = MimeConfig.custom()
            .setMaxLineLen(-1)
            .setMaxHeaderCount(-1)
            .setMaxHeaderLen(-1)
            .setMaxContentLen(-1)
            .setStrictParsing(false)
            .build();
    private static final int CHUNK = 8192;

    private final List<SearchKey> keys;
    private final boolean[] found;
    private final List<TextMatcher> bodyMatchers = new ArrayList<>();
    private final List<Integer> bodyIndexes = new ArrayList<>();

    private MessageScanner(List<SearchKey> keys) {
        this.keys = keys;
        this.found = new boolean[keys.size()];
    }

    /**
     * @param keys {@link SearchKey.Header} and {@link SearchKey.Text} keys
     * @return for each key whether the message matches it
     */
    static boolean[] scan(Path file, List<SearchKey> keys) throws IOException {
        MessageScanner s = new MessageScanner(keys);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            s.run(in);
        }
        return s.results();
    }

    private void run(InputStream in) throws IOException {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) instanceof SearchKey.Text t) {
                TextMatcher m = new TextMatcher(t.text());
                found[i] = m.found();
                bodyMatchers.add(m);
                bodyIndexes.add(i);
            }
        }
        MimeTokenStream stream = new MimeTokenStream(CONFIG);
        stream.setRecursionMode(RecursionMode.M_RECURSE);
        stream.parse(in);
        // what each open entity is: a message (the root or an attached one) or a MIME body part
        java.util.Deque<Boolean> isMessage = new java.util.ArrayDeque<>();
        try {
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM && !allFound();
                    state = stream.next()) {
                switch (state) {
                    case T_START_MESSAGE -> isMessage.push(true);
                    case T_START_BODYPART -> isMessage.push(false);
                    case T_END_MESSAGE, T_END_BODYPART -> isMessage.poll();
                    case T_FIELD -> {
                        // the MIME header of a body part (Content-Type, filenames) is neither header nor text
                        if (Boolean.TRUE.equals(isMessage.peek())) {
                            field(stream.getField(), isMessage.size() == 1);
                        }
                    }
                    case T_BODY -> body(stream);
                    default -> {
                        // structure, preamble and epilogue: nothing to search
                    }
                }
            }
        } catch (MimeException e) {
            // broken MIME: what was read so far is what the message says
        }
    }

    private void field(Field field, boolean topLevel) {
        String name = field.getName() == null ? "" : field.getName().strip();
        if (!wanted(name, topLevel)) {
            return;
        }
        String raw = rawValue(field);
        String value = HeaderDecoder.decode(raw);
        for (int i = 0; i < keys.size(); i++) {
            if (topLevel && keys.get(i) instanceof SearchKey.Header h && !found[i]
                    && h.field().equalsIgnoreCase(name)) {
                found[i] = TextMatcher.contains(value, h.text());
            }
        }
        // TEXT sees the top-level header; BODY and TEXT see the header of an attached message (it is body text)
        for (int j = 0; j < bodyMatchers.size(); j++) {
            SearchKey.Text t = (SearchKey.Text) keys.get(bodyIndexes.get(j));
            if (!topLevel || t.withHeader()) {
                feed(bodyMatchers.get(j), name + ": " + value);
            }
        }
    }

    /** Whether any key looks at this field: decoding encoded words costs more than the rest of the scan. */
    private boolean wanted(String name, boolean topLevel) {
        for (int i = 0; i < keys.size(); i++) {
            SearchKey k = keys.get(i);
            if (k instanceof SearchKey.Header h ? topLevel && !found[i] && h.field().equalsIgnoreCase(name)
                    : !topLevel || ((SearchKey.Text) k).withHeader()) {
                return true;
            }
        }
        return false;
    }

    private static String rawValue(Field field) {
        if (field.getRaw() == null) {
            return field.getBody() == null ? "" : field.getBody();
        }
        String text = new String(field.getRaw().toByteArray(), StandardCharsets.ISO_8859_1);
        int colon = text.indexOf(':');
        return colon < 0 ? "" : text.substring(colon + 1);
    }

    private void feed(TextMatcher matcher, String text) {
        matcher.reset();
        new TextFold.Folder(matcher).feed(text);
    }

    private void body(MimeTokenStream stream) throws IOException {
        String mimeType = stream.getBodyDescriptor().getMimeType();
        if (bodyMatchers.isEmpty() || mimeType == null
                || !mimeType.toLowerCase(Locale.ROOT).startsWith("text/")) {
            return;
        }
        List<TextFold.Folder> folders = new ArrayList<>();
        for (TextMatcher m : bodyMatchers) {
            m.reset();
            folders.add(new TextFold.Folder(m));
        }
        Charset charset = charset(stream.getBodyDescriptor().getCharset());
        Reader reader = new InputStreamReader(stream.getDecodedInputStream(), charset);
        char[] buffer = new char[CHUNK];
        int n;
        while ((n = reader.read(buffer)) > 0 && !allFound()) {
            java.nio.CharBuffer chunk = java.nio.CharBuffer.wrap(buffer, 0, n);
            for (TextFold.Folder f : folders) {
                f.feed(chunk);
            }
        }
    }

    /** The part's charset; US-ASCII (the default) and unknown names are read as UTF-8, which accepts both. */
    private static Charset charset(String name) {
        if (name == null || name.equalsIgnoreCase("us-ascii")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Whether every key is decided (found), so the rest of the file need not be read. */
    private boolean allFound() {
        for (int i = 0; i < found.length; i++) {
            if (!found[i] && !(keys.get(i) instanceof SearchKey.Text)) {
                return false;
            }
        }
        for (TextMatcher m : bodyMatchers) {
            if (!m.found()) {
                return false;
            }
        }
        return true;
    }

    /** Folds the results of the TEXT/BODY matchers into {@link #found}. */
    private boolean[] results() {
        for (int j = 0; j < bodyMatchers.size(); j++) {
            found[bodyIndexes.get(j)] |= bodyMatchers.get(j).found();
        }
        return found;
    }
}
