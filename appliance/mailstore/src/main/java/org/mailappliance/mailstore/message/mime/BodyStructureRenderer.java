package org.mailappliance.mailstore.message.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders BODY and BODYSTRUCTURE in Cyrus's spelling: type, subtype, encoding and parameter names upper-case,
 * parameter values as written, NIL for an explicit Content-Type without parameters, extension data
 * (MD5, disposition, language, location) for BODYSTRUCTURE.
 */
final class BodyStructureRenderer {
    private BodyStructureRenderer() {
    }

    static String render(MimeEntity entity, boolean extensions) {
        ImapText t = new ImapText();
        write(t, entity, extensions);
        return t.toString();
    }

    private static void write(ImapText t, MimeEntity e, boolean ext) {
        ContentType type = e.contentType();
        t.open();
        if (e.multipart && !e.children.isEmpty()) {
            for (MimeEntity child : e.children) {
                write(t, child, ext);
            }
            t.nstring(type.upperSubtype());
            if (ext) {
                t.parameters(type.parameters());
                extensionTail(t, e);
            }
            t.close();
            return;
        }
        boolean multipartWithoutParts = e.multipart;
        t.nstring(multipartWithoutParts ? "TEXT" : type.upperType());
        t.nstring(multipartWithoutParts ? "PLAIN" : type.upperSubtype());
        t.parameters(multipartWithoutParts ? List.of() : type.parameters());
        t.nstring(HeaderField.value(e.header, "Content-ID"));
        t.nstring(HeaderField.value(e.header, "Content-Description"));
        String cte = HeaderField.value(e.header, "Content-Transfer-Encoding");
        t.nstring(cte == null || cte.isEmpty() ? "7BIT" : cte.toUpperCase(Locale.ROOT));
        t.number(e.bodySize);
        if (!multipartWithoutParts && type.is("message", "rfc822") && e.encapsulated != null) {
            t.raw(EnvelopeRenderer.render(e.encapsulated.header));
            write(t, e.encapsulated, ext);
            t.number(e.bodyLines);
        } else if (multipartWithoutParts || type.isType("text")) {
            t.number(e.bodyLines);
        }
        if (ext) {
            t.nstring(HeaderField.value(e.header, "Content-MD5"));
            extensionTail(t, e);
        }
        t.close();
    }

    /** disposition, language, location: common to single parts and multiparts. */
    private static void extensionTail(ImapText t, MimeEntity e) {
        String disposition = HeaderField.value(e.header, "Content-Disposition");
        if (disposition == null || ParameterizedValue.parse(disposition).value().isEmpty()) {
            t.nil();
        } else {
            ParameterizedValue pv = ParameterizedValue.parse(disposition);
            t.open().nstring(pv.value().toUpperCase(Locale.ROOT)).parameters(pv.parameters()).close();
        }
        List<String> languages = languages(HeaderField.value(e.header, "Content-Language"));
        if (languages.isEmpty()) {
            t.nil();
        } else {
            t.open();
            languages.forEach(t::nstring);
            t.close();
        }
        t.nstring(HeaderField.value(e.header, "Content-Location"));
    }

    private static List<String> languages(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String tag : ParameterizedValue.withoutComments(value).split(",")) {
                String s = tag.strip();
                if (!s.isEmpty()) {
                    out.add(s.toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
