package org.techserv.model.store.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.store.Database;
import org.techserv.store.internal.EmbeddedDerby;

/** The repository contract on an embedded database; the "second workstation" is a second user of it. */
class EmbeddedRepositoryTest extends RepositoryContract {

	@TempDir
	Path folder;

	private EmbeddedDerby database;

	@BeforeEach
	void open() throws Exception {
		database = TestDatabases.embedded(folder.resolve("db"));
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Override
	protected Database first() {
		return TestDatabases.as(database, "teknisi1");
	}

	@Override
	protected Database second() {
		return TestDatabases.as(database, "teknisi2");
	}
}
