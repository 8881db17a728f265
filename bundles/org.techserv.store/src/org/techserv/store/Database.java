package org.techserv.store;

import java.sql.Connection;

/**
 * The workbench's relational database, offered as an OSGi service.
 * <p>
 * Embedded Apache Derby in the workspace by default. The database is created on first use and shut down when
 * the service goes away (workbench exit). Callers take a connection per unit of work and close it.
 */
public interface Database {

	/**
	 * Opens a new connection, booting (and on first use creating) the database.
	 *
	 * @return a connection the caller must close
	 * @throws StoreException with a message fit for the user when the database cannot be opened, for example
	 *                        because another program holds it
	 */
	Connection connect() throws StoreException;

	/** Where the data lives, for the status line, About dialog and error messages. */
	DatabaseSettings settings();

	/**
	 * Who is working: the database user on a shared server, the operating-system user on an embedded database.
	 * Recorded in created/updated-by columns and the audit trail.
	 */
	default String user() {
		DatabaseSettings settings = settings();
		if (settings.mode() == DatabaseSettings.Mode.SERVER && !settings.user().isBlank()) {
			return settings.user();
		}
		return System.getProperty("user.name", "unknown"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
