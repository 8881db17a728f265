package org.techserv.library.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.internal.Generation;
import org.techserv.store.Database;

/**
 * Tells the {@link CatalogueListener} services what a committed transaction did. The repository and the MARC
 * import do this themselves; code that saves records within a transaction of its own (through
 * {@link BibliographicRecordRepository#save(Connection, BibliographicRecord, byte[], String)}) takes the
 * {@link #change change} inside the transaction and passes it to {@link #committed} after the commit.
 */
public final class CatalogueEvents {

	private CatalogueEvents() {
	}

	/** Inside the transaction, after its last write: the change, stamped with the catalogue's generation. */
	public static CatalogueChange change(Connection c, Database database, List<BibliographicRecord> saved,
			List<Long> deleted) throws SQLException {
		return new CatalogueChange(database, saved, deleted, Generation.current(c));
	}

	/** After the commit: every registered listener, in service ranking order. */
	public static void committed(CatalogueChange change) {
		if (change.saved().isEmpty() && change.deleted().isEmpty()) {
			return;
		}
		Bundle bundle = FrameworkUtil.getBundle(CatalogueEvents.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return; // outside OSGi, or stopping: nobody to tell
		}
		ServiceReference<?>[] references;
		try {
			references = context.getServiceReferences(CatalogueListener.class.getName(), null);
		} catch (InvalidSyntaxException | IllegalStateException e) {
			return;
		}
		if (references == null) {
			return;
		}
		java.util.Arrays.sort(references, java.util.Collections.reverseOrder());
		for (ServiceReference<?> reference : references) {
			Object service = context.getService(reference);
			if (service instanceof CatalogueListener listener) {
				try {
					listener.committed(change);
				} catch (RuntimeException e) {
					ILog.of(CatalogueEvents.class).error(e.getMessage(), e);
				} finally {
					context.ungetService(reference);
				}
			}
		}
	}
}
