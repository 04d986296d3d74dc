package org.mailappliance.lmtp.command;

import org.mailappliance.lmtp.delivery.DeliveryVerdict;
import org.mailappliance.lmtp.delivery.RecipientVerdict;
import org.mailappliance.lmtp.reply.Replies;
import org.mailappliance.lmtp.reply.Reply;
import org.mailappliance.lmtp.session.LmtpSession;

/** The replies for the port's verdicts, in Cyrus's wording (lmtpengine.c send_lmtp_error). */
final class VerdictReplies {
    private VerdictReplies() {
    }

    static Reply forRecipient(RecipientVerdict verdict, LmtpSession session) {
        if (verdict instanceof RecipientVerdict.Accepted) {
            return Replies.RCPT_OK;
        } else if (verdict instanceof RecipientVerdict.UnknownUser) {
            return Replies.USER_UNKNOWN;
        } else if (verdict instanceof RecipientVerdict.OverQuota) {
            return overQuota(session);
        } else if (verdict instanceof RecipientVerdict.TemporaryFailure t) {
            return new Reply(451, "4.3.0", t.reason());
        }
        return Replies.INTERNAL_ERROR;
    }

    static Reply forDelivery(DeliveryVerdict verdict, LmtpSession session) {
        if (verdict instanceof DeliveryVerdict.Delivered || verdict instanceof DeliveryVerdict.Duplicate) {
            return new Reply(250, "2.1.5", "Ok SESSIONID=<" + session.sessionId() + ">");
        } else if (verdict instanceof DeliveryVerdict.OverQuota) {
            return overQuota(session);
        } else if (verdict instanceof DeliveryVerdict.TemporaryFailure t) {
            return new Reply(451, "4.3.0", t.reason());
        } else if (verdict instanceof DeliveryVerdict.PermanentFailure p) {
            return new Reply(550, "5.7.1", p.reason());
        }
        return Replies.INTERNAL_ERROR;
    }

    static Reply overQuota(LmtpSession session) {
        String text = "Over quota SESSIONID=<" + session.sessionId() + ">";
        return session.settings().overQuotaPermFailure() ? new Reply(552, "5.2.2", text) : new Reply(452, "4.2.2", text);
    }
}
