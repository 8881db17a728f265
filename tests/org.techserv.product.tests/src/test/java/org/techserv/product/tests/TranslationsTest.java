package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every English text file of the installed Techserv bundles (plugin.properties, NLS messages) and features
 * (feature.properties) has its twin in each other language (Bahasa Indonesia: {@code _id}) beside it, with the same keys, the same
 * placeholders per key and as many mnemonics, so that an English text added without its translation fails the build.
 * Read from the workbench edition as installed, which has every feature: a twin left out of a jar fails too.
 */
class TranslationsTest {

	/** plugin_de.properties, messages_pt_BR.properties: a translation, not an English text */
	private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2,3}(_[A-Z]{2})?\\.properties");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*\\}");

	/** Text files of the installation by where they are: bundle or feature, then the path inside it. */
	private static Map<String, byte[]> texts;

	@BeforeAll
	static void readInstallation() throws IOException {
		Path dir = Installation.DIR;
		if (!Files.isDirectory(dir.resolve("plugins"))) {
			throw new AssertionError("no installation in " + dir + "; build the product first (./mvnw verify)");
		}
		texts = new TreeMap<>();
		try (Stream<Path> plugins = Files.list(dir.resolve("plugins"));
				Stream<Path> features = Files.list(dir.resolve("features"))) {
			for (Path part : Stream.concat(plugins, features).filter(TranslationsTest::isTechserv).toList()) {
				readTexts(part);
			}
		}
	}

	/** The languages besides English; a new one goes here once its files are in. */
	@ParameterizedTest
	@ValueSource(strings = { "id" })
	void everyEnglishTextHasATwinWithTheSameKeysPlaceholdersAndMnemonics(String language) throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> english = texts.keySet().stream().filter(t -> !TRANSLATION.matcher(t).matches()).toList();
		for (String file : english) {
			String twin = file.substring(0, file.length() - ".properties".length()) + "_" + language + ".properties";
			if (!texts.containsKey(twin)) {
				problems.add(file + ": no twin " + twin.substring(twin.lastIndexOf('/') + 1)
						+ " beside it (plugin_id and feature_id files also belong in bin.includes)");
				continue;
			}
			Map<String, String> source = load(texts.get(file));
			Map<String, String> translation = load(texts.get(twin));
			for (Map.Entry<String, String> entry : source.entrySet()) {
				String key = entry.getKey();
				String translated = translation.get(key);
				if (translated == null) {
					problems.add(twin + ": key " + key + " is not translated (English: " + entry.getValue() + ")");
					continue;
				}
				if (!placeholders(entry.getValue()).equals(placeholders(translated))) {
					problems.add(twin + ": key " + key + " has the placeholders " + placeholders(translated)
							+ ", the English text " + placeholders(entry.getValue()));
				}
				if (mnemonics(entry.getValue()) != mnemonics(translated)) {
					problems.add(twin + ": key " + key + " has " + mnemonics(translated) + " mnemonic(s) (&), the English text "
							+ mnemonics(entry.getValue()));
				}
			}
			for (String key : translation.keySet()) {
				if (!source.containsKey(key)) {
					problems.add(twin + ": key " + key + " is not in the English " + file + " (left over?)");
				}
			}
		}
		// the workbench edition has some 60 English text files; far fewer means they were not found, not all fine
		assertTrue(english.size() >= 50, "only " + english.size() + " English text files found in "
				+ Installation.DIR + ": " + english);
		assertTrue(problems.isEmpty(), problems.size() + " translation problem(s):\n" + String.join("\n", problems));
	}

	@Test
	void textsAreAsciiAsNlsAndOsgiReadThemAsIso88591() {
		List<String> problems = new ArrayList<>();
		texts.forEach((file, bytes) -> {
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] < 0) {
					problems.add(file + ": byte " + i + " is not ASCII; write the character as \\uXXXX");
					break;
				}
			}
		});
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	private static boolean isTechserv(Path part) {
		return part.getFileName().toString().startsWith("org.techserv.");
	}

	/** The .properties files of a bundle (jar or folder) or feature folder but Maven's and build.properties. */
	private static void readTexts(Path part) throws IOException {
		String name = part.getFileName().toString();
		if (Files.isDirectory(part)) {
			try (Stream<Path> files = Files.walk(part)) {
				for (Path file : files.toList()) {
					String path = part.relativize(file).toString().replace('\\', '/');
					if (isText(path)) {
						texts.put(name + "/" + path, Files.readAllBytes(file));
					}
				}
			}
		} else if (name.endsWith(".jar")) {
			try (ZipFile jar = new ZipFile(part.toFile())) {
				for (ZipEntry entry : jar.stream().filter(e -> isText(e.getName())).toList()) {
					try (InputStream in = jar.getInputStream(entry)) {
						texts.put(name + "!" + entry.getName(), in.readAllBytes());
					}
				}
			}
		}
	}

	private static boolean isText(String path) {
		return path.endsWith(".properties") && !path.endsWith("build.properties") && !path.startsWith("META-INF/");
	}

	/** As NLS and OSGi localisation read it: ISO-8859-1 with \\u escapes. */
	private static Map<String, String> load(byte[] bytes) throws IOException {
		Properties properties = new Properties();
		properties.load(new ByteArrayInputStream(bytes));
		Map<String, String> map = new TreeMap<>();
		properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
		return map;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	/** '&' marks a mnemonic; '&&' is a literal ampersand. */
	private static long mnemonics(String text) {
		return text.replace("&&", "").chars().filter(c -> c == '&').count();
	}
}
