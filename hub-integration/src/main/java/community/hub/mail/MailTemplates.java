package community.hub.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Lays the hub's emails out from Mustache templates ({@code community/hub/mail/*.mustache}): a template holds only the
 * layout (greeting, paragraphs, links, sign-off), and is filled with sentences already written from the mail bundles
 * in the reader's language. Every email the hub sends is plain text, so values go in as they are: "Tom & Jerry" stays
 * "Tom & Jerry", where Mustache's default HTML escaping would show a reader "Tom &amp; Jerry". An HTML email would
 * take a factory that escapes (Mustache's default).
 */
final class MailTemplates {

    private static final MustacheFactory PLAIN_TEXT = new DefaultMustacheFactory(MailTemplates::template) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException failed) {
                throw new MustacheException("Could not write an email", failed);
            }
        }
    };

    private MailTemplates() {}

    /** The text of the template of that name (without {@code .mustache}) filled from the scope's accessors. */
    static String fill(String name, Object scope) {
        StringWriter text = new StringWriter();
        PLAIN_TEXT.compile(name + ".mustache").execute(text, scope);
        return text.toString();
    }

    private static Reader template(String name) {
        InputStream in = MailTemplates.class.getResourceAsStream(name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
