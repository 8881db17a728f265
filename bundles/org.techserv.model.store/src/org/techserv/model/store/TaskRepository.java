package org.techserv.model.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Task;
import org.techserv.model.store.internal.CoreTables;
import org.techserv.store.Database;

/** Plain tasks ({@code CORE_TASK}). */
@Component(service = TaskRepository.class)
public final class TaskRepository extends WorkItemRepository<Task> {

	@Activate
	public TaskRepository(@Reference Database database) {
		super(database, CorePackage.Literals.TASK, CoreTables.TASK);
	}
}
