package org.techserv.library.ui.internal.work;

import java.util.List;
import java.util.Set;

import org.techserv.library.model.CataloguingTask;
import org.techserv.store.StoreException;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkItemQueue;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueueProvider;

/**
 * The library's cataloguing tasks for My Work: open tasks assigned to the librarian, and open tasks due by today
 * that nobody has taken. A task is done when its status is {@value #DONE} (or {@value #CANCELLED}).
 */
public final class CataloguingTasks implements WorkQueueProvider {

	public static final String DONE = "DONE"; //$NON-NLS-1$
	public static final String CANCELLED = "CANCELLED"; //$NON-NLS-1$

	private static final WorkItemQueue TASKS = new WorkItemQueue(CataloguingTask.class.getSimpleName(),
			Set.of(DONE, CANCELLED), Messages.kindTask);

	@Override
	public List<WorkEntry> entries(WorkQuery query) throws StoreException {
		return TASKS.entries(query);
	}
}
