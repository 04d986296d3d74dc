package org.mailappliance.connector.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One unit of client input, cut by the adapter according to the requested {@link FrameMode}.
 *
 * <p>For LINE mode: one line, no literals. For IMAP mode: {@code lines.size() == literals.size() + 1}; line
 * {@code i} (without its CRLF) ends with the marker of literal {@code i}, and line {@code i+1} continues the command
 * after that literal. For DOT mode: one literal holding the unstuffed data between two empty lines.
 */
public final class Frame {

    private final List<byte[]> lines;
    private final List<Literal> literals;
    private final Violation violation;

    public Frame(List<byte[]> lines, List<Literal> literals, Violation violation) {
        this.lines = List.copyOf(lines);
        this.literals = List.copyOf(literals);
        this.violation = violation;
        if (violation == null && this.lines.size() != this.literals.size() + 1) {
            throw new IllegalArgumentException("a frame has one line more than it has literals");
        }
    }

    /** A plain single-line frame. */
    public static Frame line(byte[] line) {
        return new Frame(List.of(line), List.of(), null);
    }

    /** A frame carrying only a violation, with whatever part of the first line was read (may be empty). */
    public static Frame violation(Violation violation, byte[] partialFirstLine) {
        return new Frame(List.of(partialFirstLine), List.of(), Objects.requireNonNull(violation));
    }

    /** The line pieces, without line terminators. */
    public List<byte[]> lines() {
        return lines;
    }

    /** The literals between the line pieces. */
    public List<Literal> literals() {
        return literals;
    }

    /** The limit that was hit while framing, or null. */
    public Violation violation() {
        return violation;
    }

    /** The first line decoded as UTF-8: convenient for line protocols. */
    public String firstLine() {
        return new String(lines.get(0), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Frame[" + firstLine() + (literals.isEmpty() ? "" : " +" + literals.size() + " literal(s)")
                + (violation == null ? "" : " " + violation) + "]";
    }
}
