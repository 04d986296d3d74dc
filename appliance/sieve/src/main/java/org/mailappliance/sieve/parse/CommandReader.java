package org.mailappliance.sieve.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Literal;

/**
 * Decodes a framed ManageSieve line (RFC 5804 §4): an atom, then strings and numbers separated by spaces. A line
 * piece that ends in a literal marker ({@code {n+}}, or {@code {n}} accepted the same way) continues with the frame's
 * next literal. Strings are UTF-8; quoted ones escape only {@code "} and {@code \}.
 */
public final class CommandReader {
    private static final long MAX_NUMBER = 4_294_967_295L;

    private CommandReader() {
    }

    /**
     * @param maxLoaded literals larger than this are not read into memory (the command refuses them by size)
     */
    public static Command read(Frame frame, long maxLoaded) throws CommandSyntaxException {
        List<Object> tokens = tokens(frame, maxLoaded);
        if (tokens.isEmpty()) {
            throw new CommandSyntaxException("Empty command");
        }
        if (!(tokens.get(0) instanceof String atom)) {
            throw new CommandSyntaxException("Expected a command name");
        }
        List<Argument> args = new ArrayList<>();
        for (Object t : tokens.subList(1, tokens.size())) {
            if (t instanceof Argument a) {
                args.add(a);
            } else {
                throw new CommandSyntaxException("Unexpected atom " + t + "; strings must be quoted");
            }
        }
        return new Command(atom.toUpperCase(Locale.ROOT), args);
    }

    /** Just the strings and numbers of a frame that is an argument on its own (a SASL response). */
    public static List<Argument> arguments(Frame frame, long maxLoaded) throws CommandSyntaxException {
        List<Argument> args = new ArrayList<>();
        for (Object t : tokens(frame, maxLoaded)) {
            if (t instanceof Argument a) {
                args.add(a);
            } else {
                throw new CommandSyntaxException("Expected a string");
            }
        }
        return args;
    }

    /** Atoms as String, strings and numbers as {@link Argument}. */
    private static List<Object> tokens(Frame frame, long maxLoaded) throws CommandSyntaxException {
        List<Object> tokens = new ArrayList<>();
        List<byte[]> lines = frame.lines();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            int end = line.length;
            boolean literalFollows = i < frame.literals().size();
            if (literalFollows) {
                while (end > 0 && line[end - 1] != '{') {
                    end--;
                }
                end--; // at the '{'
                if (end < 0) {
                    throw new CommandSyntaxException("Malformed literal");
                }
            }
            scan(line, end, i > 0, tokens);
            if (literalFollows) {
                if (end > 0 && line[end - 1] != ' ') {
                    throw new CommandSyntaxException("Missing space before a literal");
                }
                tokens.add(literal(frame.literals().get(i), maxLoaded));
            }
        }
        return tokens;
    }

    private static void scan(byte[] line, int end, boolean afterLiteral, List<Object> tokens)
            throws CommandSyntaxException {
        int p = 0;
        if (afterLiteral && p < end && line[p] != ' ') {
            throw new CommandSyntaxException("Missing space after a literal");
        }
        while (p < end) {
            byte b = line[p];
            if (b == ' ') {
                p++;
                continue;
            }
            if (b == '"') {
                p = quoted(line, p + 1, end, tokens);
            } else if (b >= '0' && b <= '9') {
                int start = p;
                while (p < end && line[p] >= '0' && line[p] <= '9') {
                    p++;
                }
                if (p < end && line[p] != ' ') {
                    throw new CommandSyntaxException("Malformed number");
                }
                String digits = new String(line, start, p - start, StandardCharsets.US_ASCII);
                if (digits.length() > 10 || Long.parseLong(digits) > MAX_NUMBER) {
                    throw new CommandSyntaxException("Number too large");
                }
                tokens.add(new Argument.Num(Long.parseLong(digits)));
            } else if (isAtomChar(b)) {
                int start = p;
                while (p < end && isAtomChar(line[p])) {
                    p++;
                }
                if (p < end && line[p] != ' ') {
                    throw new CommandSyntaxException("Invalid character in an atom");
                }
                tokens.add(new String(line, start, p - start, StandardCharsets.US_ASCII));
            } else {
                throw new CommandSyntaxException("Unexpected character");
            }
        }
    }

    private static int quoted(byte[] line, int p, int end, List<Object> tokens) throws CommandSyntaxException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (p < end) {
            byte b = line[p++];
            if (b == '"') {
                if (p < end && line[p] != ' ') {
                    throw new CommandSyntaxException("Missing space after a string");
                }
                String value = utf8(out.toByteArray());
                tokens.add(new Argument.Str(value, out.size()));
                return p;
            }
            if (b == '\\') {
                if (p >= end || (line[p] != '"' && line[p] != '\\')) {
                    throw new CommandSyntaxException("Only \\\" and \\\\ may be escaped in a quoted string");
                }
                b = line[p++];
            } else if (b == 0 || b == '\r' || b == '\n') {
                throw new CommandSyntaxException("Invalid character in a quoted string");
            }
            out.write(b);
        }
        throw new CommandSyntaxException("Unterminated quoted string");
    }

    private static Argument.Str literal(Literal literal, long maxLoaded) throws CommandSyntaxException {
        if (literal.size() > maxLoaded) {
            return new Argument.Str(null, literal.size());
        }
        try {
            return new Argument.Str(utf8(literal.bytes((int) literal.size())), literal.size());
        } catch (IOException e) {
            throw new CommandSyntaxException("Literal could not be read");
        }
    }

    private static String utf8(byte[] bytes) throws CommandSyntaxException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CommandSyntaxException("String is not valid UTF-8");
        }
    }

    private static boolean isAtomChar(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_'
                || b == '.';
    }
}
