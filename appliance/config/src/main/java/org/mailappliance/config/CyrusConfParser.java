package org.mailappliance.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads cyrus.conf: {@code SECTION {} blocks of one-line entries, as master/masterconf.c does. Stricter than
 * master where master would silently disable or misread something: unknown sections, non-numeric numbers,
 * bad {@code at=} times and unknown {@code proto=} values are errors here.
 */
final class CyrusConfParser {
    private enum Section { START, SERVICES, EVENTS, DAEMON }

    private static final List<String> PROTOS = List.of(
            "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "quic", "quic4", "quic6");

    private final Path file;
    private final EntryBuilder builder;
    private final List<StartEntry> start = new ArrayList<>();
    private final List<ServiceEntry> services = new ArrayList<>();
    private final List<EventEntry> events = new ArrayList<>();
    private final List<DaemonEntry> daemons = new ArrayList<>();
    /** SERVICES and DAEMON names share master's service table, so they must be unique together. */
    private final Map<String, Integer> processNames = new HashMap<>();

    private CyrusConfParser(Path file) {
        this.file = file;
        this.builder = new EntryBuilder(file);
    }

    static CyrusConf parse(Path file) throws ConfigException {
        CyrusConfParser parser = new CyrusConfParser(file);
        parser.read(readLines(file));
        return new CyrusConf(parser.start, parser.services, parser.events, parser.daemons);
    }

    private static List<String> readLines(Path file) throws ConfigException {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return List.of(text.split("\r?\n", -1));
        } catch (IOException e) {
            String reason = e.getClass().getSimpleName().equals("NoSuchFileException") ? "no such file" : e.toString();
            throw new ConfigException("cannot read configuration file " + file + ": " + reason);
        }
    }

    private void read(List<String> lines) throws ConfigException {
        Section open = null;
        int openedAt = 0;
        for (int index = 0; index < lines.size(); index++) {
            int number = index + 1;
            String text = EntryLine.stripComment(lines.get(index)).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (open == null) {
                String rest = sectionHeaderRest(number, text);
                open = sectionNamed(number, text);
                openedAt = number;
                if (rest.equals("}")) {
                    open = null; // "EVENTS { }": an empty section on one line
                } else if (!rest.isEmpty()) {
                    throw new ConfigException(file, number, "unexpected '" + rest + "' after '{' (put entries on their own lines)");
                }
            } else if (text.startsWith("}")) {
                if (!text.equals("}")) {
                    throw new ConfigException(file, number, "unexpected '" + text.substring(1).strip() + "' after '}'");
                }
                open = null;
            } else {
                add(open, EntryLine.parse(file, number, text));
            }
        }
        if (open != null) {
            throw new ConfigException(file, openedAt, "section " + open + " is missing its closing '}'");
        }
    }

    /** What follows the '{' of a section header line; the header must be {@code NAME {}. */
    private String sectionHeaderRest(int number, String text) throws ConfigException {
        int brace = text.indexOf('{');
        String word = brace < 0 ? text : text.substring(0, brace).strip();
        if (brace < 0 || word.isEmpty() || !word.chars().allMatch(c -> OptionValues.isAsciiAlnum((char) c))) {
            throw new ConfigException(file, number, "expected a section header such as 'SERVICES {' but found '" + text + "'");
        }
        return text.substring(brace + 1).strip();
    }

    private Section sectionNamed(int number, String text) throws ConfigException {
        String word = text.substring(0, text.indexOf('{')).strip();
        try {
            return Section.valueOf(word.toUpperCase(Locale.ROOT)); // master compares section names case-insensitively
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, number, "unknown section '" + word + "' (expected START, SERVICES, EVENTS or DAEMON)");
        }
    }

    private void add(Section section, EntryLine entry) throws ConfigException {
        switch (section) {
            case START -> start.add(builder.start(entry));
            case SERVICES -> {
                claimProcessName(entry);
                services.add(builder.service(entry));
            }
            case EVENTS -> events.add(builder.event(entry));
            case DAEMON -> {
                claimProcessName(entry);
                daemons.add(builder.daemon(entry));
            }
        }
    }

    private void claimProcessName(EntryLine entry) throws ConfigException {
        Integer first = processNames.putIfAbsent(entry.name(), entry.line());
        if (first != null) {
            throw new ConfigException(file, entry.line(),
                    "entry '" + entry.name() + "': multiple entries for service '" + entry.name() + "' (first on line " + first + ")");
        }
    }

    /** Turns checked entry lines into entries; unknown arguments are ignored, as master ignores them. */
    private static final class EntryBuilder {
        private final Path file;

        EntryBuilder(Path file) {
            this.file = file;
        }

        StartEntry start(EntryLine e) throws ConfigException {
            return new StartEntry(e.name(), command(e), e.line());
        }

        ServiceEntry service(EntryLine e) throws ConfigException {
            List<String> cmd = command(e);
            String listenSpec = required(e, "listen");
            Listen listen;
            try {
                listen = Listen.parse(listenSpec);
            } catch (IllegalArgumentException ex) {
                throw error(e, "bad listen=\"" + listenSpec + "\": " + ex.getMessage());
            }
            String proto = e.args().getOrDefault("proto", "tcp");
            if (!PROTOS.contains(proto)) {
                throw error(e, "unknown proto '" + proto + "' (expected one of " + String.join(", ", PROTOS) + ")");
            }
            int prefork = number(e, "prefork", 0, 0);
            int maxchild = number(e, "maxchild", -1, Integer.MIN_VALUE);
            int maxfds = number(e, "maxfds", 256, 0);
            number(e, "maxforkrate", 0, 0);
            flag(e, "babysit", false);
            return new ServiceEntry(e.name(), cmd, listen, proto, prefork, maxchild, maxfds, e.line());
        }

        EventEntry event(EntryLine e) throws ConfigException {
            List<String> cmd = command(e);
            int schedules = (e.args().containsKey("period") ? 1 : 0) + (e.args().containsKey("cron") ? 1 : 0)
                    + (e.args().containsKey("at") ? 1 : 0);
            if (schedules > 1) {
                throw error(e, "give only one of period=, cron= or at=");
            }
            Integer period = e.args().containsKey("period") ? number(e, "period", 0, 0) : null;
            String cron = e.args().get("cron");
            if (cron != null) {
                String problem = CronSpec.problem(cron).orElse(null);
                if (problem != null) {
                    throw error(e, "bad cron=\"" + cron + "\": " + problem);
                }
                cron = CronSpec.normalize(cron);
            }
            String at = e.args().containsKey("at") ? timeOfDay(e, e.args().get("at")) : null;
            return new EventEntry(e.name(), cmd, period, cron, at, e.line());
        }

        DaemonEntry daemon(EntryLine e) throws ConfigException {
            List<String> cmd = command(e);
            number(e, "maxfds", 0, 0);
            number(e, "maxforkrate", 0, 0);
            return new DaemonEntry(e.name(), cmd, flag(e, "wait", false), e.line());
        }

        /** cmd= split on blanks, as master's strarray_split does (no quoting inside the command). */
        private List<String> command(EntryLine e) throws ConfigException {
            return List.of(required(e, "cmd").strip().split("\\s+"));
        }

        private String required(EntryLine e, String key) throws ConfigException {
            String value = e.args().get(key);
            if (value == null || value.isBlank()) {
                throw error(e, "missing required argument " + key + "=");
            }
            return value;
        }

        private int number(EntryLine e, String key, int def, int min) throws ConfigException {
            String value = e.args().get(key);
            if (value == null) {
                return def;
            }
            int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (NumberFormatException ex) {
                throw error(e, key + "=" + value + " is not a number");
            }
            if (parsed < min) {
                throw error(e, key + "=" + value + " must be at least " + min);
            }
            return parsed;
        }

        private boolean flag(EntryLine e, String key, boolean def) throws ConfigException {
            String value = e.args().get(key);
            if (value == null) {
                return def;
            }
            return OptionValues.parseSwitch(value)
                    .orElseThrow(() -> error(e, key + "=" + value + " is not a yes/no value"));
        }

        /** at=hhmm (master reads it as the number hh*100+mm, so "300" is 03:00); returned as four digits. */
        private String timeOfDay(EntryLine e, String value) throws ConfigException {
            if (value.isEmpty() || value.length() > 4 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw error(e, "at=" + value + " is not a time hhmm");
            }
            int hhmm = Integer.parseInt(value);
            if (hhmm / 100 > 23 || hhmm % 100 > 59) {
                throw error(e, "at=" + value + " is not a valid time of day (hhmm, 0000-2359)");
            }
            return String.format("%04d", hhmm);
        }

        private ConfigException error(EntryLine e, String what) {
            return new ConfigException(file, e.line(), "entry '" + e.name() + "': " + what);
        }
    }
}
