package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three editions as materialised by the build: each installs the platform and its domains' features only, names
 * itself, adds its own demo records and opens its domain's perspective first.
 */
class EditionsTest {

	private static final Duration START = Duration.ofSeconds(90);

	/** An edition: its installation folder, product, domains and the perspective it opens first. */
	enum Edition {
		EQUIPMENT("techserv.equipment.dir", "org.techserv.workbench.equipmentProduct",
				"Techserv Workbench for Equipment Shops", List.of("equipment"), "org.techserv.equipment.ui.perspective"),
		LIBRARY("techserv.library.dir", "org.techserv.workbench.libraryProduct", "Techserv Workbench for Libraries",
				List.of("library"), "org.techserv.library.ui.perspective"),
		BOTH("techserv.product.dir", "org.techserv.workbench.product", "Techserv Workbench",
				List.of("equipment", "library"), "org.techserv.equipment.ui.perspective");

		final String property;
		final String product;
		final String name;
		final List<String> domains;
		final String firstPerspective;

		Edition(String property, String product, String name, List<String> domains, String firstPerspective) {
			this.property = property;
			this.product = product;
			this.name = name;
			this.domains = domains;
			this.firstPerspective = firstPerspective;
		}

		Path dir() {
			return Path.of(System.getProperty(property, "missing-" + name()));
		}

		List<String> absentDomains() {
			return Stream.of("equipment", "library").filter(d -> !domains.contains(d)).toList();
		}
	}

	@TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed launch leaves its workspace (and .log) to read
	Path root;
	private Path workspace;

	@BeforeEach
	void freshWorkspace() throws IOException {
		workspace = Files.createDirectories(root.resolve("workspace"));
	}

	@ParameterizedTest
	@EnumSource(Edition.class)
	void versionNamesTheEditionAndListsOnlyItsFeatures(Edition edition) throws Exception {
		try (Installation.Run run = Installation.start(edition.dir(), Map.of(), "version", "-data", workspace.toString())) {
			String printed = String.join("\n", run.lines);
			assertEquals(0, run.awaitExit(START), printed);
			assertTrue(run.printed(l -> l.matches(Pattern.quote(edition.name) + " 0\\.1\\.0\\.\\S+")),
					"names the edition: " + printed);
			assertTrue(run.printed(l -> l.endsWith(" org.techserv.platform.feature")), printed);
			for (String domain : edition.domains) {
				assertTrue(run.printed(l -> l.endsWith(" org.techserv." + domain + ".feature")), domain + ": " + printed);
			}
			for (String absent : edition.absentDomains()) {
				assertFalse(run.printed(l -> l.contains("org.techserv." + absent)), absent + ": " + printed);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Edition.class)
	void installsTheBundlesOfItsDomainsAndNoneOfAnother(Edition edition) throws IOException {
		List<String> plugins;
		try (Stream<Path> files = Files.list(edition.dir().resolve("plugins"))) {
			plugins = files.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertTrue(plugins.stream().anyMatch(p -> p.startsWith("org.techserv.workbench_")), plugins.toString());
		for (String domain : edition.domains) {
			assertTrue(plugins.stream().anyMatch(p -> p.startsWith("org.techserv." + domain + ".ui_")),
					domain + " UI in " + plugins);
		}
		for (String absent : edition.absentDomains()) {
			assertEquals(List.of(), plugins.stream().filter(p -> p.startsWith("org.techserv." + absent + ".")).toList(),
					"no " + absent + " bundle in the " + edition + " edition");
		}
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(edition.dir().resolve("configuration/config.ini"))) {
			config.load(in);
		}
		assertEquals(edition.product, config.getProperty("eclipse.product"));
	}

	/**
	 * Help &gt; Install New Software and Installation Details work on the running installation's p2 profile: the
	 * p2 UI is configured to run, and config.ini names a profile that exists and moves with the folder (roaming).
	 * The menu itself is checked in WorkbenchShellUITest; installing through the dialogs was checked by hand
	 * (docs/plugin-guide.md).
	 */
	@ParameterizedTest
	@EnumSource(Edition.class)
	void runsTheP2UiOnItsOwnRoamingProfile(Edition edition) throws IOException {
		String bundles = Files.readString(
				edition.dir().resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		for (String bundle : List.of("org.eclipse.equinox.p2.ui", "org.eclipse.equinox.p2.ui.sdk",
				"org.eclipse.equinox.p2.operations", "org.eclipse.equinox.p2.engine")) {
			assertTrue(bundles.contains("\n" + bundle + ","), bundle + " is configured to run in " + edition);
		}
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(edition.dir().resolve("configuration/config.ini"))) {
			config.load(in);
		}
		String profile = config.getProperty("eclipse.p2.profile");
		assertEquals("DefaultProfile", profile);
		assertEquals("@config.dir/../p2", config.getProperty("eclipse.p2.data.area"));
		Path registry = edition.dir().resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/" + profile + ".profile");
		List<Path> snapshots;
		try (Stream<Path> files = Files.list(registry)) {
			snapshots = files.filter(f -> f.getFileName().toString().endsWith(".profile.gz")).sorted().toList();
		}
		assertFalse(snapshots.isEmpty(), "the profile has a state in " + registry);
		try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(snapshots.getLast()))) {
			String latest = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(latest.contains("<property name='org.eclipse.equinox.p2.roaming' value='true'/>"),
					"the profile is roaming, so an unpacked archive manages itself wherever it lies");
			assertTrue(latest.contains("id='org.eclipse.equinox.p2.ui.sdk'"), "the profile knows the p2 UI");
		}
	}

	@ParameterizedTest
	@EnumSource(Edition.class)
	void demoAddsTheRecordsOfItsDomainsOnly(Edition edition) throws Exception {
		try (Installation.Run run = Installation.start(edition.dir(), Map.of(), "demo", "-data", workspace.toString())) {
			String printed = String.join("\n", run.lines);
			assertEquals(0, run.awaitExit(START), printed);
			assertEquals(edition.domains.contains("equipment"), run.printed(l -> l.startsWith("Equipment shop: added")),
					printed);
			assertEquals(edition.domains.contains("library"), run.printed(l -> l.startsWith("Library catalogue: added")),
					printed);
		}
	}

	@ParameterizedTest
	@EnumSource(Edition.class)
	void opensItsDomainsPerspectiveFirst(Edition edition) throws Exception {
		try (Installation.Run run = Installation.start(edition.dir(),
				Map.of("TECHSERV_VM_ARGS", "-Dtechserv.launchTimer=true"), "-data", workspace.toString(), "-consoleLog")) {
			run.awaitLine(l -> l.startsWith("TECHSERV_WINDOW_OPEN"), START, "open workbench window");
			Installation.closeWindow("Techserv Workbench"); // every edition's window title
			assertEquals(0, run.awaitExit(Duration.ofSeconds(60)), String.join("\n", run.lines));
		}
		// the window's layout as saved at exit: the perspectives it had open
		String layout = Files.readString(workspace.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"));
		assertTrue(layout.contains("elementId=\"" + edition.firstPerspective + "\""), edition.firstPerspective);
		for (String absent : edition.absentDomains()) {
			assertFalse(layout.contains("org.techserv." + absent + ".ui.perspective"), absent + " perspective");
		}
	}
}
