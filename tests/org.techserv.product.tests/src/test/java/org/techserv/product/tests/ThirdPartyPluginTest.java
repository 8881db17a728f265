package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party example (examples/, built outside this reactor against the published repository only) from its
 * own update site: what the site offers, and the equipment edition taking it with the p2 director and using it.
 */
class ThirdPartyPluginTest {

	private static final Path SITE = Path.of(System.getProperty("techserv.example.repository.zip", "missing-example.zip"));
	private static final Path EQUIPMENT_EDITION = Path.of(System.getProperty("techserv.equipment.dir", "missing-equipment"));
	private static final String FEATURE = "com.example.techserv.diagnostics.feature";
	private static final String PROCEDURE = "com.example.generator-load-test";

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path root;

	@Test
	void theSiteOffersTheExampleInCategoryExamplesAndNothingOfTechserv() throws Exception {
		assertEquals(Map.of("Examples", List.of(FEATURE + ".feature.group")),
				RepositoryArchiveTest.categories(RepositoryArchiveTest.contentXml(SITE)));
		List<String> artifacts = new ArrayList<>();
		try (ZipFile zip = new ZipFile(SITE.toFile())) {
			zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".jar") && n.contains("/"))
					.forEach(artifacts::add);
		}
		assertEquals(2, artifacts.size(), "the example's feature and plug-in only: " + artifacts);
		assertTrue(artifacts.stream().anyMatch(a -> a.startsWith("plugins/com.example.techserv.diagnostics_1.0.0.")),
				artifacts.toString());
		assertTrue(artifacts.stream().anyMatch(a -> a.startsWith("features/" + FEATURE + "_1.0.0.")), artifacts.toString());
	}

	@Test
	void theEquipmentEditionInstallsTheExampleAndOffersItsProcedure() throws Exception {
		Path edition = copy(EQUIPMENT_EDITION, root.resolve("techserv"));
		assertFalse(procedures(edition).stream().anyMatch(l -> l.contains(PROCEDURE)), "not there before");

		director(edition, "-installIU", FEATURE + ".feature.group");

		assertTrue(lines(edition, "version").stream().anyMatch(l -> l.endsWith(" " + FEATURE)),
				"techserv version lists the example's feature");
		List<String> procedures = procedures(edition);
		assertTrue(procedures.stream().anyMatch(l -> l.contains(PROCEDURE) && l.contains("com.example.techserv.diagnostics")
				&& l.contains("Generator load test")), "techserv procedures lists the example's:\n" + String.join("\n", procedures));
		assertTrue(procedures.stream().anyMatch(l -> l.contains("org.techserv.electrical-safety")),
				"the shop's own procedures stay:\n" + String.join("\n", procedures));
		assertTrue(procedures.stream().anyMatch(l -> l.endsWith(" 0 left out.")), String.join("\n", procedures));

		director(edition, "-uninstallIU", FEATURE + ".feature.group");
		assertFalse(procedures(edition).stream().anyMatch(l -> l.contains(PROCEDURE)), "gone after uninstalling");
		assertFalse(Files.readString(edition.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
				.contains("com.example."), "no example bundle is configured to run");
	}

	/** Runs the installation's own p2 director with the example's zipped site, as its documentation tells users. */
	private void director(Path installation, String... args) throws Exception {
		Installation.director(installation, SITE, root.resolve("director-workspace"), args);
	}

	private List<String> procedures(Path installation) throws Exception {
		return lines(installation, "procedures");
	}

	private List<String> lines(Path installation, String command) throws Exception {
		return Installation.lines(installation, root.resolve("workspace"), command);
	}

	/** A copy of the built edition to change (the p2 profile is roaming, so the copy manages itself). */
	private static Path copy(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			throw new AssertionError("no " + from + "; build the editions first (./mvnw verify)");
		}
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return to;
	}
}
