package org.techserv.store;

/**
 * Asks the user for the password of the shared database server. The workbench registers one that shows a
 * dialog; without one, the store reads the environment variable {@value #ENVIRONMENT}. The password is kept in
 * memory for the session only, never stored.
 */
public interface PasswordSource {

	/** The environment variable headless tools read the password from. */
	String ENVIRONMENT = "TECHSERV_DB_PASSWORD"; //$NON-NLS-1$

	/**
	 * @param settings the server and user asked for
	 * @param problem  why the previous password was refused, or null on the first request
	 * @return the password, or null when the user cancelled
	 */
	char[] password(DatabaseSettings settings, String problem);
}
