package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing from the build's zipped p2 repository with the p2 director every installation carries: the library edition
 * into an empty folder, then the equipment feature added to it and removed again.
 */
class P2InstallTest {

	/** The zipped repository the build publishes, as a user would add it. */
	private static final Path REPOSITORY = Path.of(System.getProperty("techserv.repository.zip", "missing-repository.zip"));
	private static final String EQUIPMENT = "org.techserv.equipment.feature.feature.group";

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path root;

	@Test
	void theLibraryEditionTakesTheEquipmentFeatureAndGivesItBack() throws Exception {
		Path library = root.resolve("techserv");
		// a product's root features are installed by name next to it (they are not requirements of the product)
		director(Installation.DIR, "-installIU", "org.techserv.product.library,org.techserv.platform.feature.feature.group,"
				+ "org.techserv.library.feature.feature.group", "-destination", library.toString(), "-profile",
				"DefaultProfile", "-profileProperties", "org.eclipse.update.install.features=true", "-roaming",
				"-p2.os", "linux", "-p2.ws", "gtk", "-p2.arch", "x86_64");
		assertTrue(Files.isExecutable(library.resolve("techserv")), "the techserv script came with the platform feature");
		List<String> features = versionLines(library);
		assertTrue(features.stream().anyMatch(l -> l.endsWith(" org.techserv.library.feature")), features.toString());
		assertTrue(features.stream().noneMatch(l -> l.contains("org.techserv.equipment")), features.toString());

		// the installation changes itself, as a user's would
		director(library, "-installIU", EQUIPMENT);
		features = versionLines(library);
		assertTrue(features.stream().anyMatch(l -> l.endsWith(" org.techserv.equipment.feature")), features.toString());
		assertTrue(configured(library).contains("org.techserv.equipment.ui,"), "the equipment UI is configured to run");

		director(library, "-uninstallIU", EQUIPMENT);
		features = versionLines(library);
		assertTrue(features.stream().noneMatch(l -> l.contains("org.techserv.equipment")), features.toString());
		assertFalse(configured(library).contains("org.techserv.equipment."), "no equipment bundle is configured to run");
		assertTrue(features.stream().anyMatch(l -> l.endsWith(" org.techserv.library.feature")), features.toString());
	}

	private void director(Path installation, String... args) throws Exception {
		Installation.director(installation, REPOSITORY, root.resolve("director-workspace"), args);
	}

	private List<String> versionLines(Path installation) throws Exception {
		return Installation.lines(installation, root.resolve("version-workspace"), "version");
	}

	private static String configured(Path installation) throws IOException {
		return Files.readString(installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
	}
}
