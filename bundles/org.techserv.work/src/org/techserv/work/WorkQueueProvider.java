package org.techserv.work;

import java.util.List;

import org.techserv.store.StoreException;

/**
 * Lists one domain's work for the My Work view. Contributed to extension point {@value WorkQueues#EXTENSION_POINT};
 * called on a background thread, one call per refresh, so it may query the database but must not touch the UI.
 * Return what {@link WorkQuery} asks for: the open work assigned to the staff person, and the open work due by
 * today that nobody has taken; the view merges and sorts all providers' entries.
 */
public interface WorkQueueProvider {

	/**
	 * The entries for {@code query}, in any order; an empty list when there is nothing to do.
	 *
	 * @throws StoreException when the database cannot answer; the view says so and still shows the other
	 *                        providers' work
	 */
	List<WorkEntry> entries(WorkQuery query) throws StoreException;
}
