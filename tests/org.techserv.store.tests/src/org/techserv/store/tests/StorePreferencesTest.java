package org.techserv.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StorePreferences;

/** How the Database preferences become settings. */
class StorePreferencesTest {

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode("org.techserv.store.tests.scratch");
	private final Path workspace = Path.of("/srv/techserv/workspace");

	@AfterEach
	void clear() throws Exception {
		node.clear();
	}

	@Test
	void defaultsToAnEmbeddedDatabaseInTheWorkspace() {
		DatabaseSettings settings = StorePreferences.read(node, workspace);

		assertEquals(DatabaseSettings.Mode.EMBEDDED, settings.mode());
		assertEquals(workspace.resolve("database"), settings.embeddedPath());
		assertEquals(1527, settings.serverPort());
		assertEquals("techserv", settings.databaseName());
	}

	@Test
	void resolvesARelativeFolderAgainstTheWorkspace() {
		node.put(StorePreferences.EMBEDDED_LOCATION, "data/../shop-db ");

		assertEquals(workspace.resolve("shop-db"), StorePreferences.read(node, workspace).embeddedPath());
	}

	@Test
	void readsTheSharedServer() {
		node.put(StorePreferences.MODE, StorePreferences.MODE_SERVER);
		node.put(StorePreferences.SERVER_HOST, " db.bengkel.local ");
		node.putInt(StorePreferences.SERVER_PORT, 1530);
		node.put(StorePreferences.SERVER_DATABASE, "bengkel");
		node.put(StorePreferences.SERVER_USER, "teknisi");

		DatabaseSettings settings = StorePreferences.read(node, workspace);

		assertEquals(DatabaseSettings.Mode.SERVER, settings.mode());
		assertEquals("db.bengkel.local:1530/bengkel", settings.location());
		assertEquals("teknisi", settings.user());
	}
}
