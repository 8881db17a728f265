package org.techserv.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.techserv.core.Locations;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;

/** The store as other bundles see it: an OSGi service that opens the embedded database in the workspace. */
class DatabaseServiceTest {

	@Test
	void theServiceCreatesTheDatabaseInTheWorkspace() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Database.class).getBundleContext();
		ServiceTracker<Database, Database> tracker = new ServiceTracker<>(context, Database.class, null);
		tracker.open();
		try {
			Database database = tracker.waitForService(10_000);
			assertNotNull(database, "the Database service is registered");
			Path workspace = Locations.toPath(Platform.getInstanceLocation()).orElseThrow();

			assertEquals(DatabaseSettings.Mode.EMBEDDED, database.settings().mode());
			assertEquals(workspace.resolve("database"), database.settings().embeddedPath());
			try (Connection connection = database.connect();
					ResultSet tables = connection.getMetaData().getTables(null, "SYS", "SYSTABLES", null)) {
				assertTrue(tables.next(), "a working Derby catalogue");
			}
			assertTrue(Files.isRegularFile(workspace.resolve("database/service.properties")));
			assertTrue(Files.isRegularFile(workspace.resolve(".metadata/derby.log")),
					"Derby logs into the workspace metadata, not the working directory");
		} finally {
			tracker.close();
		}
	}
}
