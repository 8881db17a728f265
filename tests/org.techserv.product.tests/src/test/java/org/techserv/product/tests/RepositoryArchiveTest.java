package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The zipped p2 repository the build publishes, read as an installer reads it: its categories and what each offers.
 */
class RepositoryArchiveTest {

	private static final Path ZIP = Path.of(System.getProperty("techserv.repository.zip", "missing-repository.zip"));

	@Test
	void offersEachDomainAndThePlatformInACategoryOfItsOwn() throws Exception {
		Map<String, List<String>> categories = categories(contentXml(ZIP));

		// the Examples category is the examples' own update site's (ThirdPartyPluginTest)
		assertEquals(Map.of(
				"Equipment shop", List.of("org.techserv.equipment.feature.feature.group"),
				"Library", List.of("org.techserv.library.feature.feature.group"),
				"Techserv Platform", List.of("org.techserv.platform.feature.feature.group")), categories);
	}

	@Test
	void holdsTheFeaturesAndBundlesItOffers() throws Exception {
		List<String> entries = new ArrayList<>();
		try (ZipFile zip = new ZipFile(ZIP.toFile())) {
			zip.stream().map(ZipEntry::getName).forEach(entries::add);
		}
		for (String expected : List.of("features/org.techserv.equipment.feature_", "features/org.techserv.library.feature_",
				"plugins/org.eclipse.equinox.p2.ui.sdk_", "plugins/org.techserv.library.ui_", "plugins/org.techserv.equipment.ui_", "plugins/derby_")) {
			assertTrue(entries.stream().anyMatch(e -> e.startsWith(expected)), expected + "* is in " + ZIP);
		}
	}

	/** content.xml out of content.jar out of the zipped repository. */
	static Element contentXml(Path repository) throws Exception {
		if (!Files.isRegularFile(repository)) {
			throw new AssertionError("no " + repository + "; build the repository first (./mvnw verify)");
		}
		try (ZipFile zip = new ZipFile(repository.toFile())) {
			ZipEntry contentJar = zip.getEntry("content.jar");
			assertTrue(contentJar != null, repository + " has a content.jar");
			try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(contentJar))) {
				for (ZipEntry entry; (entry = jar.getNextEntry()) != null;) {
					if (entry.getName().equals("content.xml")) {
						return parse(new ByteArrayInputStream(jar.readAllBytes()));
					}
				}
			}
		}
		throw new AssertionError(repository + "'s content.jar holds no content.xml");
	}

	private static Element parse(InputStream in) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(in).getDocumentElement();
	}

	/** Category label to the installable units it requires. */
	static Map<String, List<String>> categories(Element repository) throws IOException {
		Map<String, List<String>> categories = new TreeMap<>();
		NodeList units = repository.getElementsByTagName("unit");
		for (int i = 0; i < units.getLength(); i++) {
			Element unit = (Element) units.item(i);
			Map<String, String> properties = properties(unit);
			if ("true".equals(properties.get("org.eclipse.equinox.p2.type.category"))) {
				List<String> required = new ArrayList<>();
				NodeList requirements = unit.getElementsByTagName("required");
				for (int r = 0; r < requirements.getLength(); r++) {
					required.add(((Element) requirements.item(r)).getAttribute("name"));
				}
				categories.put(properties.get("org.eclipse.equinox.p2.name"), required);
			}
		}
		return categories;
	}

	private static Map<String, String> properties(Element unit) {
		Map<String, String> properties = new TreeMap<>();
		NodeList list = unit.getElementsByTagName("property");
		for (int i = 0; i < list.getLength(); i++) {
			Element property = (Element) list.item(i);
			if (property.getParentNode().getParentNode() == unit) { // the unit's own, not its artifacts' or touchpoints'
				properties.put(property.getAttribute("name"), property.getAttribute("value"));
			}
		}
		return properties;
	}
}
