package org.mailappliance.sieve.script;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jsieve.parser.generated.ASTarguments;
import org.apache.jsieve.parser.generated.ASTcommand;
import org.apache.jsieve.parser.generated.ASTcommands;
import org.apache.jsieve.parser.generated.ASTstring;
import org.apache.jsieve.parser.generated.ASTtest;
import org.apache.jsieve.parser.generated.Node;
import org.apache.jsieve.parser.generated.SimpleNode;

/**
 * The RFC 5228 rules jSieve leaves to run time, checked on its syntax tree so that a script that could never run
 * is refused at upload, as Cyrus's compiler refuses it: an extension's command or test only after requiring it
 * (§3.2, §6), {@code if}/{@code elsif} with exactly one test and
 * {@code elsif}/{@code else} only after {@code if}/{@code elsif} (§3.1).
 */
final class StructureCheck {
    /** Commands and tests that belong to an extension, and that extension's require name. */
    private static final Map<String, String> EXTENSION_OF = Map.of(
            "fileinto", "fileinto", "reject", "reject", "vacation", "vacation", "envelope", "envelope",
            "body", "body");

    private final Set<String> required = new HashSet<>();

    private StructureCheck() {
    }

    /** Why the parsed script breaks a rule, or empty. */
    static Optional<String> problem(Node start) {
        return new StructureCheck().commands(start.jjtGetNumChildren() == 0 ? null : start.jjtGetChild(0));
    }

    private Optional<String> commands(Node commands) {
        if (!(commands instanceof ASTcommands)) {
            return Optional.empty();
        }
        String previous = null;
        for (int i = 0; i < commands.jjtGetNumChildren(); i++) {
            if (!(commands.jjtGetChild(i) instanceof ASTcommand command)) {
                continue;
            }
            String name = command.getName();
            if (name.equals("require")) {
                // jSieve itself refuses a require after other commands
                collectStrings(command, required);
                previous = name;
                continue;
            }
            if ((name.equals("elsif") || name.equals("else"))
                    && !("if".equals(previous) || "elsif".equals(previous))) {
                return fail(command, name + " without a preceding if");
            }
            Optional<String> p = command(command);
            if (p.isPresent()) {
                return p;
            }
            previous = name;
        }
        return Optional.empty();
    }

    private Optional<String> command(ASTcommand command) {
        String name = command.getName();
        Optional<String> missing = requireFor(command, name);
        if (missing.isPresent()) {
            return missing;
        }
        int tests = 0;
        for (int i = 0; i < command.jjtGetNumChildren(); i++) {
            Node child = command.jjtGetChild(i);
            if (child instanceof ASTarguments args) {
                for (int j = 0; j < args.jjtGetNumChildren(); j++) {
                    if (args.jjtGetChild(j) instanceof ASTtest) {
                        tests++;
                    }
                }
                Optional<String> p = tests(args);
                if (p.isPresent()) {
                    return p;
                }
            } else if (child instanceof SimpleNode block && block.jjtGetNumChildren() > 0) {
                Optional<String> p = commands(block.jjtGetChild(0));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        if ((name.equals("if") || name.equals("elsif")) && tests != 1) {
            return fail(command, name + " needs exactly one test");
        }
        return Optional.empty();
    }

    /** Every test below {@code node}, however deeply nested (anyof, allof, not). */
    private Optional<String> tests(Node node) {
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            Node child = node.jjtGetChild(i);
            if (child instanceof ASTtest test) {
                Optional<String> missing = requireFor(test, test.getName());
                if (missing.isPresent()) {
                    return missing;
                }
            }
            Optional<String> deeper = tests(child);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private Optional<String> requireFor(SimpleNode node, String name) {
        String extension = EXTENSION_OF.get(name);
        if (extension != null && !required.contains(extension)) {
            return fail(node, name + " used without require \"" + extension + "\"");
        }
        return Optional.empty();
    }

    private static void collectStrings(Node node, Set<String> into) {
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            Node child = node.jjtGetChild(i);
            if (child instanceof ASTstring s && s.getValue() != null) {
                into.add(s.getValue().toString());
            }
            collectStrings(child, into);
        }
    }

    private static Optional<String> fail(SimpleNode node, String message) {
        org.apache.jsieve.ScriptCoordinate at = node.getCoordinate();
        return Optional.of(at == null ? message : "line " + at.getStartLineNumber() + ": " + message);
    }
}
