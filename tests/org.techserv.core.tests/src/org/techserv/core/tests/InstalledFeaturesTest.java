package org.techserv.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.techserv.core.InstalledFeature;
import org.techserv.core.internal.FeatureXmlReader;
import org.techserv.core.internal.InstalledFeaturesProvider;

/** Which features an installation has, as p2 lays them out in {@code features/}. */
class InstalledFeaturesTest {

	@TempDir
	Path install;

	@Test
	void readsLabelsFromFeatureProperties() throws Exception {
		Path folder = feature("org.example.shop.feature_1.2.0.v2026", "org.example.shop.feature", "1.2.0.v2026",
				"%name", "%provider", "name = Bengkel AC\nprovider = PT Contoh\n");

		InstalledFeature feature = FeatureXmlReader.read(folder);

		assertEquals("org.example.shop.feature", feature.id());
		assertEquals("Bengkel AC", feature.name());
		assertEquals("1.2.0.v2026", feature.version());
		assertEquals("PT Contoh", feature.provider());
		assertEquals(List.of("org.example.shop", "org.example.shop.ui"), feature.plugins());
	}

	@Test
	void aMalformedFeatureIsNamedAndLeftOut() throws Exception {
		Path broken = install.resolve("features/broken_1.0.0");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("feature.xml"), "<feature id='broken'");
		feature("org.example.good_1.0.0", "org.example.good", "1.0.0", "Good", "Example", null);

		IOException failure = assertThrows(IOException.class, () -> FeatureXmlReader.read(broken));
		assertTrue(failure.getMessage().contains(broken.resolve("feature.xml").toString()), failure.getMessage());

		InstalledFeaturesProvider provider = new InstalledFeaturesProvider(location(),
				FrameworkUtil.getBundle(InstalledFeaturesProvider.class).getBundleContext());
		IBundleGroup[] groups = provider.getBundleGroups();
		assertEquals(1, groups.length, "the good feature only");
		assertEquals("Good", groups[0].getName());
		assertEquals("org.example.good", groups[0].getIdentifier());
	}

	private Location location() throws Exception {
		Location location = org.eclipse.core.runtime.Platform.getInstallLocation().createLocation(null,
				install.toUri().toURL(), true);
		return location;
	}

	private Path feature(String folderName, String id, String version, String label, String provider,
			String properties) throws IOException {
		Path folder = install.resolve("features").resolve(folderName);
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("feature.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<feature id="%s" label="%s" version="%s" provider-name="%s">
				   <plugin id="%s" version="0.0.0"/>
				   <plugin id="%s.ui" version="0.0.0"/>
				</feature>
				""".formatted(id, label, version, provider, id.replace(".feature", ""), id.replace(".feature", "")));
		if (properties != null) {
			Files.writeString(folder.resolve("feature.properties"), properties);
		}
		return folder;
	}
}
