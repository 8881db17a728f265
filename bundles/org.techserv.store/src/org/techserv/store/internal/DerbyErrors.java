package org.techserv.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.StoreException.Reason;

/**
 * Turns Derby's SQL exceptions into {@link StoreException}s a user can act on. Derby wraps the real cause of a
 * failed boot (XJ040) in a chain; the first state we know decides the message.
 */
final class DerbyErrors {

	private DerbyErrors() {
	}

	static StoreException translate(SQLException error, DatabaseSettings settings) {
		String location = settings.location();
		for (Throwable t = error; t != null; t = next(t)) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				switch (state) {
				case "XSDB6": //$NON-NLS-1$ another JVM booted it
					return new StoreException(Reason.IN_USE, NLS.bind(Messages.databaseInUse, location), state, error);
				case "XSLAN", "XSLAO", "XCW00": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ newer on-disk format
					return new StoreException(Reason.NEWER_RELEASE, NLS.bind(Messages.databaseNewer, location), state,
							error);
				case "XBM0J", "XBM01", "XBM0H", "XJ004": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					return new StoreException(Reason.BAD_LOCATION,
							NLS.bind(Messages.databaseBadLocation, location, rootMessage(error)), state, error);
				default:
					break;
				}
			}
		}
		return new StoreException(Reason.OTHER, NLS.bind(Messages.databaseFailed, location, rootMessage(error)),
				error.getSQLState(), error);
	}

	static StoreException cannotCreate(Path folder, Exception cause) {
		return new StoreException(Reason.BAD_LOCATION,
				NLS.bind(Messages.databaseBadLocation, folder, cause.getLocalizedMessage()), null, cause);
	}

	private static Throwable next(Throwable t) {
		if (t instanceof SQLException sql && sql.getNextException() != null) {
			return sql.getNextException();
		}
		return t.getCause() == t ? null : t.getCause();
	}

	private static String rootMessage(Throwable error) {
		Throwable last = error;
		for (Throwable t = error; t != null; t = next(t)) {
			if (t.getMessage() != null) {
				last = t;
			}
		}
		return last.getMessage();
	}
}
