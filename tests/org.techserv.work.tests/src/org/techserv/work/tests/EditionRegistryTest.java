package org.techserv.work.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.techserv.work.ContributedProvider;
import org.techserv.work.WorkQueues;

/**
 * An edition lists only the work of the features it has: a registry holding the platform and the bundles of one
 * domain feature (their real plugin.xml files) offers that domain's providers and no other.
 */
class EditionRegistryTest {

	private static final String EQUIPMENT = "org.techserv.equipment.orders";
	private static final String LIBRARY = "org.techserv.library.cataloguing";
	private static final String CLAIMS = "org.techserv.library.serialClaims";
	private static final String BINDING = "org.techserv.library.binding";
	private static final String AWAITING = "org.techserv.library.reviewsAwaiting";
	private static final String RETURNED = "org.techserv.library.reviewsReturned";

	@Test
	void theEquipmentEditionListsOnlyEquipmentWork() throws Exception {
		assertEquals(List.of(EQUIPMENT), providersWith("org.techserv.equipment.ui"));
	}

	@Test
	void theLibraryEditionListsOnlyLibraryWork() throws Exception {
		assertEquals(List.of(BINDING, LIBRARY, AWAITING, RETURNED, CLAIMS), providersWith("org.techserv.library.ui"));
	}

	@Test
	void theWorkbenchEditionListsBoth() throws Exception {
		assertEquals(List.of(EQUIPMENT, BINDING, LIBRARY, AWAITING, RETURNED, CLAIMS), providersWith("org.techserv.equipment.ui", "org.techserv.library.ui"));
	}

	@Test
	void thePlatformAloneListsNothing() throws Exception {
		assertEquals(List.of(), providersWith());
	}

	/** The provider ids of a registry made of the platform's work bundle and {@code domainBundles}. */
	private static List<String> providersWith(String... domainBundles) throws Exception {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);
		try {
			contribute(registry, "org.techserv.work", token);
			for (String bundle : domainBundles) {
				contribute(registry, bundle, token);
			}
			WorkQueues.Reading reading = WorkQueues.read(registry);
			assertTrue(reading.problems().isEmpty(), reading.problems().toString());
			return reading.providers().stream().map(ContributedProvider::id).sorted().toList();
		} finally {
			registry.stop(token);
		}
	}

	private static void contribute(IExtensionRegistry registry, String bundleName, Object token) throws Exception {
		Bundle bundle = Platform.getBundle(bundleName);
		assertNotNull(bundle, bundleName + " is installed in the test runtime");
		URL pluginXml = bundle.getEntry("plugin.xml");
		assertNotNull(pluginXml, bundleName + " has a plugin.xml");
		try (InputStream in = pluginXml.openStream()) {
			assertTrue(registry.addContribution(in, ContributorFactorySimple.createContributor(bundleName), false,
					bundleName, null, token), bundleName + "'s plugin.xml is read");
		}
	}
}
