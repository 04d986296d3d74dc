package org.mailappliance.mailstore.acl;

/**
 * The rights argument of SETACL (RFC 4314 3.1): {@code +rights} adds, {@code -rights} removes, plain rights
 * replace the identifier's entry.
 */
public record RightsChange(Mode mode, Rights rights) {
    public enum Mode { REPLACE, ADD, REMOVE }

    /** @throws InvalidRightsException for an unknown right character */
    public static RightsChange parse(String text) {
        if (text.startsWith("+")) {
            return new RightsChange(Mode.ADD, Rights.parse(text.substring(1)));
        }
        if (text.startsWith("-")) {
            return new RightsChange(Mode.REMOVE, Rights.parse(text.substring(1)));
        }
        return new RightsChange(Mode.REPLACE, Rights.parse(text));
    }

    /** The identifier's rights after the change, from what it had. */
    public Rights applyTo(Rights current) {
        return switch (mode) {
            case REPLACE -> rights;
            case ADD -> current.plus(rights);
            case REMOVE -> current.minus(rights);
        };
    }
}
