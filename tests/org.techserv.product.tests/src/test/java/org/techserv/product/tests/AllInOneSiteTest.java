package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-in-one update site (releng/org.techserv.site, techserv-site-VERSION.zip): every category an installer
 * offers, ours and the example's, in one zip that installs on its own.
 */
class AllInOneSiteTest {

	private static final Path SITE = Path.of(System.getProperty("techserv.site.zip", "missing-site.zip"));
	private static final String EXAMPLE = "com.example.techserv.diagnostics.feature";

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path root;

	@Test
	void offersThePlatformBothDomainsAndTheExamplesEachInItsCategory() throws Exception {
		assertEquals(Map.of(
				"Equipment shop", List.of("org.techserv.equipment.feature.feature.group"),
				"Examples", List.of(EXAMPLE + ".feature.group"),
				"Library", List.of("org.techserv.library.feature.feature.group"),
				"Techserv Platform", List.of("org.techserv.platform.feature.feature.group")),
				RepositoryArchiveTest.categories(RepositoryArchiveTest.contentXml(SITE)));
	}

	@Test
	void theLibraryEditionWithTheExampleInstallsFromTheSiteAlone() throws Exception {
		Path edition = root.resolve("techserv");
		// the example needs the equipment feature: the one site has it too, where the example's own site has not
		Installation.director(Installation.DIR, SITE, root.resolve("director-workspace"), "-installIU",
				"org.techserv.product.library,org.techserv.platform.feature.feature.group,"
						+ "org.techserv.library.feature.feature.group," + EXAMPLE + ".feature.group",
				"-destination", edition.toString(), "-profile", "DefaultProfile", "-profileProperties",
				"org.eclipse.update.install.features=true", "-roaming", "-p2.os", "linux", "-p2.ws", "gtk",
				"-p2.arch", "x86_64");
		assertTrue(Files.isExecutable(edition.resolve("techserv")), "the techserv script came with the platform feature");

		List<String> features = Installation.lines(edition, root.resolve("workspace"), "version");
		for (String feature : List.of("org.techserv.library.feature", "org.techserv.equipment.feature", EXAMPLE)) {
			assertTrue(features.stream().anyMatch(l -> l.endsWith(" " + feature)), feature + " in " + features);
		}
		List<String> procedures = Installation.lines(edition, root.resolve("workspace"), "procedures");
		assertTrue(procedures.stream().anyMatch(l -> l.contains("com.example.generator-load-test")),
				"the example's procedure is offered:\n" + String.join("\n", procedures));
	}
}
