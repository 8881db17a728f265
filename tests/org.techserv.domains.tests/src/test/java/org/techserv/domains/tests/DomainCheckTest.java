package org.techserv.domains.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker itself, on small source trees with deliberate mistakes. */
class DomainCheckTest {

	@TempDir
	Path root;

	@BeforeEach
	void cleanTree() throws IOException {
		feature("org.techserv.platform.feature", "", "<plugin id=\"org.techserv.core\" version=\"0.0.0\"/>");
		feature("org.techserv.equipment.feature", PLATFORM_IMPORT,
				"<plugin id=\"org.techserv.equipment.model\" version=\"0.0.0\"/>"
						+ "<plugin id=\"org.apache.pdfbox\" version=\"0.0.0\"/>");
		feature("org.techserv.library.feature", PLATFORM_IMPORT,
				"<plugin id=\"org.techserv.library.model\" version=\"0.0.0\"/>");
		bundle("bundles", "org.techserv.core", "");
		bundle("bundles", "org.techserv.equipment.model", "Require-Bundle: org.techserv.core\n");
		bundle("bundles", "org.techserv.library.model", """
				Require-Bundle: org.techserv.core;bundle-version="[0.1.0,1.0.0)",
				 org.eclipse.emf.ecore
				Import-Package: org.marc4j;version="[2.9,3)",
				 org.techserv.core.api
				""");
	}

	@Test
	void aCleanTreeHasNoViolations() throws Exception {
		DomainCheck.Result result = DomainCheck.check(root);

		assertEquals(List.of("equipment", "library"), result.domains());
		assertEquals(3, result.bundlesChecked());
		assertEquals(List.of(), result.violations());
	}

	@Test
	void aLibraryBundleRequiringAnEquipmentBundleIsNamedWithHeaderAndDependency() throws Exception {
		bundle("bundles", "org.techserv.library.ui", """
				Require-Bundle: org.techserv.core,
				 org.techserv.equipment.model;bundle-version="[0.1.0,1.0.0)"
				""");

		String violation = single(DomainCheck.check(root).violations());

		assertTrue(violation.startsWith("bundle org.techserv.library.ui (library domain) names "
				+ "org.techserv.equipment.model of the equipment domain in Require-Bundle"), violation);
		assertTrue(violation.contains(root.resolve("bundles/org.techserv.library.ui/META-INF/MANIFEST.MF").toString()),
				violation);
	}

	@Test
	void anEquipmentBundleImportingALibraryPackageAmongOthersIsFound() throws Exception {
		bundle("bundles", "org.techserv.equipment.report", """
				Import-Package: org.apache.pdfbox;version="[3,4)",
				 org.techserv.library.marc.internal;x-internal:=true,
				 org.techserv.core.api
				""");

		assertEquals("bundle org.techserv.equipment.report (equipment domain) names "
				+ "org.techserv.library.marc.internal of the library domain in Import-Package",
				single(DomainCheck.check(root).violations()).replaceAll(" \\(/.*\\)$", ""));
	}

	@Test
	void aPlatformBundleOrATestBundleMayNotUseADomainEither() throws Exception {
		bundle("bundles", "org.techserv.store", "Require-Bundle: org.techserv.library.model\n");
		bundle("tests", "org.techserv.library.model.tests", "Fragment-Host: org.techserv.equipment.model\n");

		List<String> violations = DomainCheck.check(root).violations();

		assertEquals(2, violations.size(), String.join("\n", violations));
		assertTrue(violations.get(0).startsWith("bundle org.techserv.store (platform) names org.techserv.library.model "
				+ "of the library domain in Require-Bundle"), violations.get(0));
		assertTrue(violations.get(1).startsWith("bundle org.techserv.library.model.tests (library domain) names "
				+ "org.techserv.equipment.model of the equipment domain in Fragment-Host"), violations.get(1));
	}

	@Test
	void anExportNamingAnotherDomainsFriendIsNoDependency() throws Exception {
		bundle("bundles", "org.techserv.equipment.store",
				"Export-Package: org.techserv.equipment.store.internal;x-friends:=\"org.techserv.library.store\"\n");

		assertEquals(List.of(), DomainCheck.check(root).violations());
	}

	@Test
	void aDomainFeatureRequiringOrIncludingAnythingButItsOwnIsFound() throws Exception {
		feature("org.techserv.library.feature",
				PLATFORM_IMPORT + "<requires><import feature=\"org.techserv.equipment.feature\"/></requires>",
				"<plugin id=\"org.techserv.library.model\" version=\"0.0.0\"/>"
						+ "<plugin id=\"org.techserv.equipment.model\" version=\"0.0.0\"/>"
						+ "<plugin id=\"org.techserv.core\" version=\"0.0.0\"/>"
						+ "<plugin id=\"org.marc4j\" version=\"0.0.0\"/>");

		List<String> violations = DomainCheck.check(root).violations();

		assertEquals(3, violations.size(), String.join("\n", violations));
		assertTrue(violations.get(0).startsWith("feature org.techserv.library.feature requires feature "
				+ "org.techserv.equipment.feature"), violations.get(0));
		assertTrue(violations.get(1).startsWith("feature org.techserv.library.feature includes plug-in "
				+ "org.techserv.equipment.model of the equipment domain"), violations.get(1));
		assertTrue(violations.get(2).startsWith("feature org.techserv.library.feature includes plug-in "
				+ "org.techserv.core, which is not a bundle of the library domain"), violations.get(2));
	}

	private static final String PLATFORM_IMPORT =
			"<requires><import feature=\"org.techserv.platform.feature\" version=\"0.1.0\"/></requires>";

	private static String single(List<String> violations) {
		assertEquals(1, violations.size(), String.join("\n", violations));
		return violations.get(0);
	}

	private void bundle(String folder, String id, String headers) throws IOException {
		Path manifest = root.resolve(folder).resolve(id).resolve("META-INF/MANIFEST.MF");
		Files.createDirectories(manifest.getParent());
		Files.writeString(manifest, "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + id
				+ ";singleton:=true\nBundle-Version: 0.1.0.qualifier\n" + headers);
	}

	private void feature(String id, String requires, String content) throws IOException {
		Path file = root.resolve("features").resolve(id).resolve("feature.xml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feature id=\"" + id
				+ "\" version=\"0.1.0.qualifier\">" + requires + content + "</feature>\n");
	}
}
