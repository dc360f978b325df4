package community.hub.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Nothing a person reads is written in a view or in hub-web's Java: it all comes from the bundles, so that every
 * language says all of it. Views: text between tags and the attributes people read or hear (titles, alternative text,
 * labels, placeholders, a button's or link's words), once the expressions ({@code #{…}}) are taken out, hold no
 * letters and no currency sign. Java: no string literal reads like words for people, except the few kinds allowed below.
 */
class NoWordsOutsideBundlesTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** Attributes whose values people read or hear, whatever the element. */
    private static final Set<String> READ_ATTRIBUTES = Set.of(
            "title",
            "alt",
            "label",
            "aria-label",
            "aria-description",
            "placeholder",
            "itemLabel",
            "noSelectionLabel",
            "header",
            "footer",
            "summary",
            "caption",
            "emptyMessage",
            "requiredMessage",
            "converterMessage",
            "validatorMessage",
            "itemDescription");
    /** Elements whose value attribute is what people read: buttons, links, output and labels. */
    private static final Set<String> VALUE_READ = Set.of(
            "commandButton",
            "commandLink",
            "button",
            "link",
            "outputLink",
            "outputText",
            "outputLabel",
            "outputFormat",
            "selectItem",
            "input");
    /** A letter of any alphabet, or a currency sign: words (or money) for people. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{Sc}]");

    /**
     * Literals in hub-web's Java that contain words but are not for people: logs and exceptions for developers, the
     * OpenAPI description for developers, queries, HTTP headers. A literal is looked at only if it has two words.
     */
    private static final Pattern NOT_FOR_PEOPLE = Pattern.compile(
            "LOG\\.|Logger|\\.log\\(|Exception\\(|@Operation|@Tag|@Parameter|@APIResponse|@Schema|@OpenAPIDefinition|@Info|"
                    + "description\\s*=|summary\\s*=|setHeader|addHeader|CHALLENGE|select |update |delete |insert |"
                    // A health check's data: read by a service manager or monitoring, like a log line, not by people.
                    + "\\.withData\\(");
    /**
     * Classes whose words are all for the server's operator, in the log's language: why the hub cannot start, said in
     * one log line and in the health check's reason (a mistyped setting among the reasons); what each figure at /metrics counts, for monitoring.
     */
    private static final Set<Path> FOR_OPERATORS = Set.of(
            Path.of("community/hub/web/health/CannotStart.java"),
            Path.of("community/hub/web/setup/StartSettings.java"),
            Path.of("community/hub/web/metrics/HubMetrics.java"));
    /**
     * A code sample a person copies as it is, the same in every language: a setting and its value, such as
     * {@code HUB_RESTORE_FROM=/var/hub/backups/…} (its folder and name come from an expression).
     */
    private static final Pattern SETTING = Pattern.compile("[A-Z][A-Z0-9_]*=[^\\s\\p{L}]*");

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{2,} \\p{L}{2,}");

    @Test
    void noViewHoldsWordsOutsideTheBundles() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> views = Files.walk(VIEWS)) {
            for (Path view :
                    views.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Document page = parse(view);
                visit(page.getDocumentElement(), VIEWS.relativize(view).toString(), found);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noJavaClassInHubWebHoldsWordsForPeople() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !FOR_OPERATORS.contains(JAVA.relativize(path)))
                    .toList()) {
                for (Statement statement :
                        statements(withoutComments(Files.readString(source, StandardCharsets.UTF_8)))) {
                    if (holdsWordsForPeople(statement.code())) {
                        found.add(JAVA.relativize(source) + ":" + statement.line() + ": "
                                + statement.code().strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** A statement (or declaration) with a literal of two words or more, that is not one of the kinds not for people. */
    static boolean holdsWordsForPeople(String statement) {
        Matcher literal = LITERAL.matcher(statement);
        while (literal.find()) {
            if (TWO_WORDS.matcher(literal.group()).find()
                    && !NOT_FOR_PEOPLE.matcher(statement).find()) {
                return true;
            }
        }
        return false;
    }

    private record Statement(int line, String code) {}

    /** The code cut at each ; { and } outside string literals, each piece with the line it starts on. */
    private static List<Statement> statements(String code) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = 1;
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            current.append(c);
            if (c == '\n') {
                line++;
            }
            if (quote != 0) {
                if (c == '\\' && i + 1 < code.length()) {
                    current.append(code.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ';' || c == '{' || c == '}') {
                statements.add(new Statement(startLine, current.toString()));
                current.setLength(0);
                startLine = line;
            }
        }
        statements.add(new Statement(startLine, current.toString()));
        return statements;
    }

    @Test
    void theScansFindWordsWhereTheyAre() throws Exception {
        List<String> found = new ArrayList<>();
        Document page = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(
                        ("<div xmlns:h=\"jakarta.faces.html\"><p>#{text['a']} Closed</p><h:commandButton value=\"Save\"/>"
                                        + "<img alt=\"#{text['b']}\"/><td>£#{x}</td><span>#{a ? 'b' : '}'} – </span>"
                                        + "<code>HUB_RESTORE_FROM=#{f}/#{n}</code><code>Stop the hub</code></div>")
                                .getBytes(StandardCharsets.UTF_8)));
        visit(page.getDocumentElement(), "sample", found);
        assertThat(found).hasSize(4);
        assertThat(found.get(3)).endsWith("Stop the hub");
        assertThat(holdsWordsForPeople("faces.addMessage(null, new FacesMessage(\"Room saved\"));"))
                .isTrue();
        assertThat(holdsWordsForPeople("LOG.info(\"Room saved\");")).isFalse();
        assertThat(holdsWordsForPeople("status(up).withData(\"reason\", \"the hub has not started\").build();"))
                .isFalse();
        assertThat(holdsWordsForPeople("query(\"from\") LocalDate from, @QueryParam(\"to\")"))
                .isFalse();
    }

    private static void visit(Element element, String where, List<String> found) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        name = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
        if (name.equals("script") || name.equals("style")) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (READ_ATTRIBUTES.contains(attributeName)
                    || (attributeName.equals("value")
                            && VALUE_READ.contains(name)
                            && !(name.equals("input")
                                    && !Set.of("submit", "button", "reset").contains(element.getAttribute("type"))))) {
                check(attribute.getValue(), where + " <" + name + " " + attributeName + ">", found);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (name.equals("code")
                        && SETTING.matcher(
                                        withoutExpressions(child.getNodeValue()).trim())
                                .matches()) {
                    continue;
                }
                check(child.getNodeValue(), where + " <" + name + "> text", found);
            } else if (child instanceof Element inner) {
                visit(inner, where, found);
            }
        }
    }

    private static void check(String text, String where, List<String> found) {
        String left = withoutExpressions(text).trim();
        if (WORDS.matcher(left).find()) {
            found.add(where + ": " + left);
        }
    }

    /** The text with each {@code #{…}} or {@code ${…}} taken out, minding braces inside quoted strings. */
    static String withoutExpressions(String text) {
        StringBuilder left = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if ((text.charAt(i) == '#' || text.charAt(i) == '$')
                    && i + 1 < text.length()
                    && text.charAt(i + 1) == '{') {
                int depth = 0;
                char quote = 0;
                int j = i + 1;
                for (; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        }
                    } else if (c == '\'' || c == '"') {
                        quote = c;
                    } else if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        break;
                    }
                }
                i = j + 1;
            } else {
                left.append(text.charAt(i++));
            }
        }
        return left.toString();
    }

    /** The code with its comments blanked out (their line breaks kept), minding comment marks inside strings. */
    static String withoutComments(String code) {
        StringBuilder kept = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                kept.append(code, i, Math.min(end + 1, code.length()));
                i = end + 1;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> kept.append('\n'));
                i = end;
            } else {
                kept.append(c);
                i++;
            }
        }
        return kept.toString();
    }

    private static Document parse(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(view.toFile());
    }
}
