package org.techserv.library.store;

import java.sql.Connection;

import org.techserv.library.model.CataloguingTask;
import org.techserv.library.model.LibraryPackage;
import org.techserv.library.store.internal.RecordReferences;
import org.techserv.model.store.WorkItemRepository;
import org.techserv.store.Database;
import org.techserv.store.emf.References;

/** Records waiting to be catalogued or reviewed, as work items. */
public final class CataloguingTaskRepository extends WorkItemRepository<CataloguingTask> {

	public CataloguingTaskRepository(Database database) {
		super(database, LibraryPackage.Literals.CATALOGUING_TASK, LibraryTables.TASK);
	}

	@Override
	protected References references(Connection c) {
		return new RecordReferences(c);
	}
}
