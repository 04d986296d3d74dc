package org.mailappliance.mailstore.accounts;

/** A user (login) name the store refuses; the message says which rule it breaks. */
public final class InvalidUserNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidUserNameException(String name, String reason) {
        super("invalid user name \"" + printable(name) + "\": " + reason);
    }

    private static String printable(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
