package org.techserv.equipment.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.techserv.equipment.report.ServiceReport;

class BundleTest {

	@Test
	void reportsRunWithoutTheUi() {
		Bundle bundle = FrameworkUtil.getBundle(ServiceReport.class);
		assertNotNull(bundle);
		BundleWiring wiring = bundle.adapt(BundleWiring.class);

		for (BundleWire wire : wiring.getRequiredWires(null)) {
			String provider = wire.getProvider().getSymbolicName();
			assertFalse(provider.startsWith("org.eclipse.ui") || provider.startsWith("org.eclipse.swt")
					|| provider.startsWith("org.eclipse.jface"), "wired to " + provider);
		}
	}

	@Test
	void theFontsTravelInTheBundle() {
		Bundle bundle = FrameworkUtil.getBundle(ServiceReport.class);

		assertNotNull(bundle.getEntry("fonts/DejaVuSans.ttf"));
		assertNotNull(bundle.getEntry("fonts/DejaVuSans-Bold.ttf"));
		assertNotNull(bundle.getEntry("fonts/LICENSE"));
	}
}
