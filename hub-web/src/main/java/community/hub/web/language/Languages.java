package community.hub.web.language;

import community.hub.Words;
import community.hub.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The languages the hub speaks: the base bundle's (English) and one more for every {@code text_xx.properties} beside
 * it. Adding a language is adding its bundles; nothing here names one.
 */
@ApplicationScoped
public class Languages {

    private static final String BASE_FILE = Text.BUNDLE.replace('.', '/') + ".properties";
    private static final Pattern TRANSLATION = Pattern.compile(
            Pattern.quote(Text.BUNDLE.substring(Text.BUNDLE.lastIndexOf('.') + 1)) + "_([A-Za-z0-9_]+)\\.properties");

    private static final List<Locale> ALL = found(Languages.class.getClassLoader());

    /** Every language, the base one first. */
    public List<Locale> all() {
        return ALL;
    }

    /** The language of this tag if the hub speaks it, for code outside CDI (the feeds answered from memory). */
    public static Optional<Locale> spoken(String tag) {
        return new Languages().supported(tag);
    }

    /** The language of the base bundles, said when no other is asked for. */
    public static Locale base() {
        return ALL.get(0);
    }

    /** The language of this tag, if the hub speaks it (a region it has no bundle of its own for falls back to its language). */
    public Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return closest(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    /** The first of the wanted languages (in the order of preference) that the hub speaks. */
    public Optional<Locale> firstSpoken(List<Locale> wanted) {
        return wanted.stream().map(this::closest).flatMap(Optional::stream).findFirst();
    }

    private Optional<Locale> closest(Locale wanted) {
        if (wanted.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        return ALL.stream()
                .filter(spoken -> spoken.equals(wanted))
                .findFirst()
                .or(() -> ALL.stream()
                        .filter(spoken -> spoken.getLanguage().equals(wanted.getLanguage()))
                        .findFirst());
    }

    /** The languages whose text bundles the class loader holds: the base one, then the others by tag. */
    static List<Locale> found(ClassLoader loader) {
        URL base = loader.getResource(BASE_FILE);
        List<Locale> others = new ArrayList<>();
        if (base != null) {
            for (String name : siblingsOf(base)) {
                Matcher translation = TRANSLATION.matcher(name);
                if (translation.matches()) {
                    others.add(Locale.forLanguageTag(translation.group(1).replace('_', '-')));
                }
            }
        }
        others.sort(Comparator.comparing(Locale::toLanguageTag));
        List<Locale> all = new ArrayList<>();
        all.add(Words.BASE_LANGUAGE);
        others.stream()
                .filter(other -> !other.getLanguage().equals(Words.BASE_LANGUAGE.getLanguage()))
                .forEach(all::add);
        return Collections.unmodifiableList(all);
    }

    private static List<String> siblingsOf(URL file) {
        try {
            if ("jar".equals(file.getProtocol())) {
                JarURLConnection jar = (JarURLConnection) file.openConnection();
                String folder =
                        jar.getEntryName().substring(0, jar.getEntryName().lastIndexOf('/') + 1);
                return jar.getJarFile().stream()
                        .map(entry -> entry.getName())
                        .filter(name -> name.startsWith(folder) && name.indexOf('/', folder.length()) < 0)
                        .map(name -> name.substring(folder.length()))
                        .toList();
            }
            try (Stream<Path> files = Files.list(Path.of(file.toURI()).getParent())) {
                return files.map(path -> path.getFileName().toString()).toList();
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (URISyntaxException | RuntimeException unusual) {
            throw new IllegalStateException("Cannot list the text bundles beside " + file, unusual);
        }
    }
}
