package org.techserv.library.search;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.techserv.library.search.internal.Messages;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.CatalogueChange;
import org.techserv.library.store.CatalogueListener;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * A {@link CatalogueIndex} kept in step with one database: it listens to the catalogue's committed changes (record
 * edits, deletes, import batches) and takes each into the index as it happens; {@link #synchronise} brings it up
 * to the store when it opens (changes made while it was closed, a missing or damaged index). Typical use: open
 * it with the workspace's database and {@link #workspaceFolder()}, run {@code synchronise} in a job, search.
 */
public final class IndexedCatalogue implements AutoCloseable {

	private final Database database;
	private final CatalogueIndex index;
	private final BibliographicRecordRepository records;
	private final ServiceRegistration<CatalogueListener> registration;

	private IndexedCatalogue(Database database, CatalogueIndex index) {
		this.database = database;
		this.index = index;
		this.records = new BibliographicRecordRepository(database);
		Bundle bundle = FrameworkUtil.getBundle(IndexedCatalogue.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		this.registration = context == null ? null
				: context.registerService(CatalogueListener.class, this::committed, null);
	}

	/**
	 * Opens the index in {@code folder} and starts following {@code database}'s catalogue. Call
	 * {@link #synchronise} before trusting the answers.
	 */
	public static IndexedCatalogue open(Database database, Path folder) throws IOException {
		return new IndexedCatalogue(database, CatalogueIndex.open(folder));
	}

	/** Where the workspace keeps its catalogue index: {@code .metadata/.plugins/org.techserv.library.search/index}. */
	public static Path workspaceFolder() {
		Bundle bundle = FrameworkUtil.getBundle(IndexedCatalogue.class);
		return Path.of(Platform.getStateLocation(bundle).toOSString(), "index"); //$NON-NLS-1$
	}

	public CatalogueIndex index() {
		return index;
	}

	/** Searches the index, best matches first: see {@link CatalogueIndex#search(String, int)}. */
	public SearchResult search(String text, int max) throws IOException {
		return index.search(text, max);
	}

	/** Searches the index: see {@link CatalogueIndex#search(String, int, CatalogueOrder)}. */
	public SearchResult search(String text, int max, CatalogueOrder order) throws IOException {
		return index.search(text, max, order);
	}

	/**
	 * Brings the index up to the store (see {@link CatalogueIndex#synchronise}); for a job: reports progress and
	 * stops when cancelled, leaving a usable index.
	 */
	public CatalogueIndex.Sync synchronise(IProgressMonitor monitor) throws IOException, StoreException {
		return index.synchronise(records, monitor);
	}

	private void committed(CatalogueChange change) {
		if (change.database() != database) {
			return;
		}
		try {
			index.applyLater(change);
		} catch (RuntimeException e) {
			index.invalidate(); // the next synchronise rebuilds it: nothing stays missing
			ILog.of(IndexedCatalogue.class).error(NLS.bind(Messages.updateFailed, index.folder(), e.getMessage()), e);
		}
	}

	/** Stops following the database and closes the index (written to disk first). */
	@Override
	public void close() throws IOException {
		if (registration != null) {
			try {
				registration.unregister();
			} catch (IllegalStateException e) {
				// the bundle stopped first: the framework unregistered it
			}
		}
		index.close();
	}
}
