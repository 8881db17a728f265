package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.techserv.library.labels.SpineLabelPdf;

class BundleTest {

	@Test
	void labelsRunWithoutTheUiAndWithoutEquipmentBundles() {
		Bundle bundle = FrameworkUtil.getBundle(SpineLabelPdf.class);
		assertNotNull(bundle);

		for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(null)) {
			String provider = wire.getProvider().getSymbolicName();
			assertFalse(provider.startsWith("org.eclipse.ui") || provider.startsWith("org.eclipse.swt")
					|| provider.startsWith("org.eclipse.jface") || provider.startsWith("org.techserv.equipment"),
					"wired to " + provider);
		}
	}

	@Test
	void theFontsTravelInTheBundle() {
		Bundle bundle = FrameworkUtil.getBundle(SpineLabelPdf.class);

		assertNotNull(bundle.getEntry("fonts/DejaVuSansCondensed.ttf"));
		assertNotNull(bundle.getEntry("fonts/DejaVuSansCondensed-Bold.ttf"));
		assertNotNull(bundle.getEntry("fonts/LICENSE"));
	}
}
