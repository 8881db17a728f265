package org.techserv.store.demo;

import org.eclipse.core.runtime.IProgressMonitor;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * Demo records a feature adds to a new workspace ({@code techserv demo}), contributed through the extension point
 * {@value DemoDataRegistry#EXTENSION_POINT}. Each contributor owns its records: it adds them once and recognises
 * them afterwards, so running the command again changes nothing.
 */
public interface DemoData {

	/** Whether this contributor's records are in the database already. */
	boolean present(Database database) throws StoreException;

	/**
	 * Adds the records in transactions of moderate size, reporting progress and stopping when cancelled. Returns
	 * one line for the user saying what was added.
	 */
	String load(Database database, IProgressMonitor monitor) throws StoreException;
}
