package org.techserv.domains.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rule of issue 7 on this source tree: the equipment and library domains never depend on each other. */
class DomainIndependenceTest {

	private static final Path SOURCES = Path.of(System.getProperty("techserv.source.dir", "../.."));

	@Test
	void noBundleOrFeatureOfOneDomainDependsOnAnother() throws Exception {
		DomainCheck.Result result = DomainCheck.check(SOURCES);

		assertEquals(List.of("equipment", "library"), result.domains(), "the domains found under features/");
		assertTrue(result.bundlesChecked() > 20, "the bundles were read: " + result.bundlesChecked());
		assertTrue(result.violations().isEmpty(),
				"domain independence broken:\n  " + String.join("\n  ", result.violations()));
	}
}
