package community.hub.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the hub (pages, refusals, field errors, the café's words, emails, the calendar door) says every one
 * of its English keys in every other language the hub speaks, and nothing more; each translation is UTF-8 and a
 * valid message with the same arguments. Adding a language is adding a {@code _xx} file beside each bundle: this test
 * finds the languages from the files and fails until every bundle has one.
 */
class BundlesTest {

    /** The three modules' resources, from hub-web's folder (where Maven runs this test). */
    private static final List<Path> RESOURCES = List.of(
            Path.of("src/main/resources"),
            Path.of("../hub-domain/src/main/resources"),
            Path.of("../hub-integration/src/main/resources"));

    private static final Pattern TRANSLATION = Pattern.compile("(.+)_([a-z]{2,3}(?:_[A-Z]{2})?)\\.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /**
     * Keys whose translation may use arguments its English leaves unused: the day and its position as codes, for words
     * that agree with the day (Polish "w pierwszą środę"); spoken times, given the hour they are in as well.
     */
    private static final Set<String> GIVEN_MORE_THAN_ENGLISH_USES =
            Set.of("booking.repeats.MONTHLY", "time.quarterTo", "time.past", "time.to");
    /** Not words for people: the library settings beside the bundles. */
    private static final Set<String> NOT_BUNDLES = Set.of("ical4j.properties", "microprofile-config.properties");

    @Test
    void everyLanguageHasEveryBundleWithExactlyTheSameKeys() throws IOException {
        Map<Path, Set<String>> languagesOf = translations();
        Set<String> languages = new TreeSet<>();
        languagesOf.values().forEach(languages::addAll);
        assertThat(languages).as("languages besides English").contains("pl");

        List<String> problems = new ArrayList<>();
        for (Path base : bundles()) {
            Set<String> english = read(base).stringPropertyNames();
            for (String language : languages) {
                Path translated = base.resolveSibling(
                        base.getFileName().toString().replace(".properties", "_" + language + ".properties"));
                if (!Files.exists(translated)) {
                    problems.add(translated + " is missing");
                    continue;
                }
                Set<String> said = read(translated).stringPropertyNames();
                for (String key : english) {
                    if (!said.contains(key)) {
                        problems.add(translated.getFileName() + " lacks " + key);
                    }
                }
                for (String key : said) {
                    if (!english.contains(key)) {
                        problems.add(translated.getFileName() + " has " + key + ", which " + base.getFileName()
                                + " does not");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTranslationIsUtf8AndAValidMessageUsingNoArgumentTheEnglishDoesNotHave() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, Set<String>> bundle : translations().entrySet()) {
            Properties english = read(bundle.getKey());
            for (String language : bundle.getValue()) {
                Path translated = bundle.getKey()
                        .resolveSibling(bundle.getKey()
                                .getFileName()
                                .toString()
                                .replace(".properties", "_" + language + ".properties"));
                Properties said = read(translated);
                for (String key : said.stringPropertyNames()) {
                    String pattern = said.getProperty(key);
                    try {
                        new MessageFormat(pattern, Locale.forLanguageTag(language));
                    } catch (IllegalArgumentException broken) {
                        problems.add(translated.getFileName() + " " + key + ": " + broken.getMessage());
                    }
                    Set<String> extra = arguments(pattern);
                    extra.removeAll(arguments(english.getProperty(key, "")));
                    if (!extra.isEmpty() && !GIVEN_MORE_THAN_ENGLISH_USES.contains(key)) {
                        problems.add(translated.getFileName() + " " + key + " uses arguments " + extra
                                + " the English does not give");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A page naming a key the bundle lacks shows "???key???", one long word that also runs off a phone's screen. */
    @Test
    void everyKeyAPageNamesIsInTheBundle() throws IOException {
        Properties words = read(Path.of("src/main/resources/community/hub/web/text.properties"));
        Pattern named = Pattern.compile("text\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view :
                    views.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                Matcher key = named.matcher(Files.readString(view));
                while (key.find()) {
                    if (!words.containsKey(key.group(1))) {
                        missing.add(view.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theHubFindsItsLanguagesFromTheBundlesBaseLanguageFirst() {
        assertThat(Languages.found(getClass().getClassLoader())).first().isEqualTo(Locale.UK);
        assertThat(Languages.found(getClass().getClassLoader())).contains(Locale.forLanguageTag("pl"));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    /** Every bundle in English: a properties file with no language in its name. */
    private static List<Path> bundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path root : RESOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".properties"))
                        .filter(file -> !NOT_BUNDLES.contains(file.getFileName().toString()))
                        .filter(file -> !TRANSLATION
                                .matcher(file.getFileName().toString())
                                .matches())
                        .forEach(bundles::add);
            }
        }
        assertThat(bundles).as("bundles found").hasSizeGreaterThan(5);
        return bundles;
    }

    /** Each English bundle with the languages it is translated into. */
    private static Map<Path, Set<String>> translations() throws IOException {
        Map<Path, Set<String>> translations = new TreeMap<>();
        for (Path base : bundles()) {
            String stem = base.getFileName().toString().replace(".properties", "");
            Set<String> languages = new TreeSet<>();
            try (Stream<Path> siblings = Files.list(base.getParent())) {
                siblings.map(sibling ->
                                TRANSLATION.matcher(sibling.getFileName().toString()))
                        .filter(name -> name.matches() && name.group(1).equals(stem))
                        .forEach(name -> languages.add(name.group(2)));
            }
            translations.put(base, languages);
        }
        return translations;
    }

    /** Read strictly as UTF-8, as Java reads bundles: a file in another encoding fails here. */
    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(reader);
        } catch (CharacterCodingException notUtf8) {
            throw new AssertionError(file + " is not UTF-8", notUtf8);
        }
        return properties;
    }
}
