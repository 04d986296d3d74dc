package org.mailappliance.mailstore.message.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient RFC 5322 address-list parser producing ENVELOPE addresses the way Cyrus does: display names are the
 * phrase with quoted strings unquoted (encoded words left encoded), or the comment when there is no phrase;
 * groups become start and end markers; a source route goes to the adl.
 */
final class AddressParser {
    private enum Kind { WORD, QUOTED, COMMENT, SPECIAL, DOMAIN_LITERAL }

    private record Token(Kind kind, String text) {
        boolean is(char c) {
            return kind == Kind.SPECIAL && text.charAt(0) == c;
        }
    }

    private AddressParser() {
    }

    static List<Address> parse(String value) {
        List<Token> tokens = tokenize(value);
        List<Address> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean inGroup = false;
        int angle = 0;
        for (Token t : tokens) {
            if (t.is('<')) {
                angle++;
            } else if (t.is('>') && angle > 0) {
                angle--;
            }
            if (angle == 0 && t.is(':') && !inGroup && !hasAngle(current)) {
                out.add(Address.groupStart(phrase(current)));
                current.clear();
                inGroup = true;
            } else if (angle == 0 && t.is(';') && inGroup) {
                addMailbox(current, out);
                current.clear();
                out.add(Address.groupEnd());
                inGroup = false;
            } else if (angle == 0 && t.is(',')) {
                addMailbox(current, out);
                current.clear();
            } else {
                current.add(t);
            }
        }
        addMailbox(current, out);
        if (inGroup) {
            out.add(Address.groupEnd());
        }
        return out;
    }

    private static boolean hasAngle(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.is('<'));
    }

    private static void addMailbox(List<Token> tokens, List<Address> out) {
        if (tokens.stream().allMatch(t -> t.kind == Kind.COMMENT)) {
            return;
        }
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is('<')) {
                open = i;
                break;
            }
        }
        if (open >= 0) {
            int close = tokens.size();
            for (int i = open + 1; i < tokens.size(); i++) {
                if (tokens.get(i).is('>')) {
                    close = i;
                    break;
                }
            }
            String name = phrase(tokens.subList(0, open));
            List<Token> inner = new ArrayList<>(tokens.subList(open + 1, close));
            String adl = null;
            int routeEnd = -1;
            for (int i = 0; i < inner.size(); i++) {
                if (inner.get(i).is(':')) {
                    routeEnd = i;
                    break;
                }
            }
            if (routeEnd >= 0 && !inner.isEmpty() && inner.get(0).is('@')) {
                adl = concat(inner.subList(0, routeEnd));
                inner = new ArrayList<>(inner.subList(routeEnd + 1, inner.size()));
            }
            out.add(addrSpec(name.isEmpty() ? null : name, adl, inner));
        } else {
            String comment = null;
            List<Token> spec = new ArrayList<>();
            for (Token t : tokens) {
                if (t.kind == Kind.COMMENT) {
                    comment = t.text.strip();
                } else {
                    spec.add(t);
                }
            }
            out.add(addrSpec(comment == null || comment.isEmpty() ? null : comment, null, spec));
        }
    }

    private static Address addrSpec(String name, String adl, List<Token> spec) {
        List<Token> parts = spec.stream().filter(t -> t.kind != Kind.COMMENT).toList();
        int at = -1;
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).is('@')) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            String local = concat(parts);
            return new Address(name, adl, local.isEmpty() ? null : local, null);
        }
        String local = concat(parts.subList(0, at));
        String host = concat(parts.subList(at + 1, parts.size()));
        return new Address(name, adl, local.isEmpty() ? null : local, host.isEmpty() ? null : host);
    }

    /** A display name: words and unquoted quoted strings separated by single spaces; comments left out. */
    private static String phrase(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind == Kind.COMMENT) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t.text);
        }
        return out.toString();
    }

    /** An addr-spec or route rebuilt without blanks; quoted local parts keep their quotes as in the header. */
    private static String concat(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            switch (t.kind) {
                case COMMENT -> {
                }
                case QUOTED -> out.append('"').append(t.text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                default -> out.append(t.text);
            }
        }
        return out.toString();
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    if (s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                        b.append(s.charAt(i));
                    }
                    i++;
                }
                i++;
                tokens.add(new Token(Kind.QUOTED, b.toString()));
            } else if (c == '(') {
                StringBuilder b = new StringBuilder();
                int depth = 1;
                i++;
                while (i < n && depth > 0) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        b.append(s.charAt(++i));
                    } else if (d == '(') {
                        depth++;
                        b.append(d);
                    } else if (d == ')') {
                        if (--depth > 0) {
                            b.append(d);
                        }
                    } else if (d != '\r' && d != '\n') {
                        b.append(d);
                    }
                    i++;
                }
                tokens.add(new Token(Kind.COMMENT, b.toString()));
            } else if (c == '[') {
                int end = s.indexOf(']', i);
                end = end < 0 ? n : end + 1;
                tokens.add(new Token(Kind.DOMAIN_LITERAL, s.substring(i, end)));
                i = end;
            } else if ("<>@,;:".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SPECIAL, String.valueOf(c)));
                i++;
            } else {
                int start = i;
                while (i < n && " \t\r\n\"(<>@,;:[".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(start, i)));
            }
        }
        return tokens;
    }
}
