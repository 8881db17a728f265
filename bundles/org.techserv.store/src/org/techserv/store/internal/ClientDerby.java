package org.techserv.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.ClientDriver;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.StoreException.Reason;

/** A database on a Derby network server ({@code techserv server}), reached with the network client. */
public final class ClientDerby implements Database {

	/** Gives the password for a connection attempt; {@code problem} is why the last one failed, or null. */
	@FunctionalInterface
	public interface Credentials {
		char[] password(String problem) throws StoreException;
	}

	private final Driver driver = new ClientDriver();
	private final DatabaseSettings settings;
	private final Credentials credentials;
	private volatile char[] password;
	private volatile String lastProblem;

	public ClientDerby(DatabaseSettings settings, Credentials credentials) {
		if (settings.mode() != DatabaseSettings.Mode.SERVER) {
			throw new IllegalArgumentException("not a server database: " + settings.location()); //$NON-NLS-1$
		}
		this.settings = settings;
		this.credentials = credentials;
	}

	@Override
	public DatabaseSettings settings() {
		return settings;
	}

	@Override
	public Connection connect() throws StoreException {
		if (settings.serverHost().isBlank()) {
			throw new StoreException(Reason.SERVER_UNAVAILABLE, Messages.serverNotConfigured, null, null);
		}
		char[] current = password;
		if (current == null) {
			current = credentials.password(lastProblem);
			if (current == null) {
				throw new StoreException(Reason.SERVER_UNAVAILABLE, NLS.bind(Messages.serverNoPassword,
						settings.user(), settings.location()), null, null);
			}
		}
		Properties properties = new Properties();
		properties.setProperty("user", settings.user()); //$NON-NLS-1$
		properties.setProperty("password", new String(current)); //$NON-NLS-1$
		try {
			Connection connection = driver.connect(url(), properties);
			password = current;
			lastProblem = null;
			return Schema.use(connection);
		} catch (SQLException e) {
			StoreException failure = translate(e);
			if ("08004".equals(e.getSQLState())) { //$NON-NLS-1$ refused credentials: ask again next time
				password = null;
				lastProblem = failure.getMessage();
			}
			throw failure;
		}
	}

	/** {@code jdbc:derby://host:port/database}. */
	public String url() {
		return "jdbc:derby://" + settings.serverHost() + ':' + settings.serverPort() + '/' + settings.databaseName(); //$NON-NLS-1$
	}

	private StoreException translate(SQLException e) {
		String where = settings.location();
		String state = e.getSQLState() == null ? "" : e.getSQLState(); //$NON-NLS-1$
		if (state.equals("08004") && String.valueOf(e.getMessage()).contains("not found")) { //$NON-NLS-1$ //$NON-NLS-2$
			return new StoreException(Reason.BAD_LOCATION, NLS.bind(Messages.serverNoDatabase, where), state, e);
		}
		if (state.equals("08004")) { //$NON-NLS-1$
			return new StoreException(Reason.SERVER_UNAVAILABLE, NLS.bind(Messages.serverRefused, settings.user(), where),
					state, e);
		}
		if (state.startsWith("08")) { //$NON-NLS-1$
			return new StoreException(Reason.SERVER_UNAVAILABLE, NLS.bind(Messages.serverNoAnswer, where, e.getMessage()),
					state, e);
		}
		return new StoreException(Reason.OTHER, NLS.bind(Messages.databaseFailed, where, e.getMessage()), state, e);
	}
}
