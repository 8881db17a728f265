package org.techserv.library.search;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.techserv.library.search.internal.Messages;
import org.techserv.store.Database;

/**
 * The workspace's catalogue index as a service: opened beside the workspace when first asked for, brought up to
 * the store by a background job (what changed while it was closed, e.g. by {@code techserv import-marc}, comes from
 * the audit trail; a missing or damaged index is rebuilt), then followed as records change, and closed with the
 * database. Not started by headless commands, which need the database to themselves (restore). A search asked
 * while the index catches up waits for it: an answer from a half-built index would leave records out.
 */
@Component(service = CatalogueSearch.class)
public final class CatalogueSearch {

	private final IndexedCatalogue catalogue;
	private final Job catchUp;
	/** Whether the last catch-up brought the index up to the store; changes since then are followed. */
	private volatile boolean caughtUp;

	@Activate
	public CatalogueSearch(@Reference Database database) throws IOException {
		this.catalogue = IndexedCatalogue.open(database, IndexedCatalogue.workspaceFolder());
		this.catchUp = Job.create(Messages.catchUpTask, (IProgressMonitor monitor) -> {
			try {
				catalogue.synchronise(monitor);
				caughtUp = true;
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error(NLS.bind(Messages.catchUpFailed, e.getMessage()), e);
			}
		});
		catchUp.schedule();
	}

	/** The ids of the best matches of {@code text} (at most {@code max}) and how many match in all. */
	public SearchResult search(String text, int max) throws IOException {
		awaitCatchUp();
		return catalogue.search(text, max);
	}

	/** Every record matching {@code text}, best match first: what a virtual list of all hits needs. */
	public long[] ids(String text) throws IOException {
		awaitCatchUp();
		return catalogue.index().ids(text, CatalogueOrder.RELEVANCE);
	}

	/**
	 * Every record newest first from the index (a million in tens of milliseconds, where the store takes seconds),
	 * or empty while the index catches up or when it is known to miss records: the caller then asks the store.
	 */
	public Optional<long[]> everyRecordIfCurrent() throws IOException {
		if (catchingUp() || !caughtUp || catalogue.index().needsRebuild()) {
			return Optional.empty();
		}
		return Optional.of(catalogue.index().ids("", CatalogueOrder.NEWEST)); //$NON-NLS-1$
	}

	private void awaitCatchUp() throws IOException {
		try {
			catchUp.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	/** Whether the index is still catching up with the store. */
	public boolean catchingUp() {
		return catchUp.getState() != Job.NONE;
	}

	@Deactivate
	void close() {
		catchUp.cancel();
		try {
			catchUp.join();
			catalogue.close();
		} catch (IOException | InterruptedException e) {
			ILog.of(CatalogueSearch.class).error(e.getMessage(), e);
		}
	}
}
