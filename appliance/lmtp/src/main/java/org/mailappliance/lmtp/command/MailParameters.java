package org.mailappliance.lmtp.command;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mailappliance.lmtp.address.MailPath;
import org.mailappliance.lmtp.address.SyntaxException;
import org.mailappliance.lmtp.address.Xtext;
import org.mailappliance.lmtp.delivery.BodyType;
import org.mailappliance.lmtp.delivery.Envelope;
import org.mailappliance.lmtp.reply.Replies;
import org.mailappliance.lmtp.reply.Reply;
import org.mailappliance.lmtp.session.LmtpSettings;

/** Interprets the MAIL FROM parameters SIZE (RFC 1870), BODY (RFC 6152) and AUTH (RFC 4954 §5). */
final class MailParameters {

    /** Either the envelope or the reply refusing the command. */
    record Result(Envelope envelope, Reply refusal) {
    }

    private MailParameters() {
    }

    static Result interpret(MailPath sender, Map<String, String> params, LmtpSettings settings) {
        OptionalLong size = OptionalLong.empty();
        BodyType body = BodyType.UNSPECIFIED;
        Optional<String> auth = Optional.empty();
        for (Map.Entry<String, String> p : params.entrySet()) {
            String value = p.getValue();
            switch (p.getKey()) {
                case "SIZE" -> {
                    if (value == null || !value.chars().allMatch(Character::isDigit)) {
                        return refuse(new Reply(501, "5.5.4", "SIZE requires a numeric value"));
                    }
                    long declared = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
                    if (settings.tooBig(declared)) {
                        return refuse(new Reply(552, "5.2.3",
                                "Message SIZE exceeds fixed maximum message size (" + settings.maxMessageSize() + ")"));
                    }
                    size = OptionalLong.of(declared);
                }
                case "BODY" -> {
                    if ("7BIT".equalsIgnoreCase(value)) {
                        body = BodyType.SEVEN_BIT;
                    } else if ("8BITMIME".equalsIgnoreCase(value)) {
                        body = BodyType.EIGHT_BIT_MIME;
                    } else {
                        return refuse(new Reply(501, "5.5.4", "Unrecognized BODY type"));
                    }
                }
                case "AUTH" -> {
                    if (value == null) {
                        return refuse(Replies.PARAMETER_SYNTAX);
                    }
                    if (!value.equals("<>")) {
                        try {
                            auth = Optional.of(Xtext.decode(value)).filter(a -> !a.isEmpty());
                        } catch (SyntaxException e) {
                            return refuse(Replies.PARAMETER_SYNTAX);
                        }
                    }
                }
                default -> {
                    return refuse(Replies.UNRECOGNIZED_PARAMETERS);
                }
            }
        }
        return new Result(new Envelope(sender, size, body, auth), null);
    }

    private static Result refuse(Reply reply) {
        return new Result(null, reply);
    }
}
