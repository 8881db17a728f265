package org.techserv.library.ui.internal.views;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;
import org.techserv.library.store.CatalogueQueries;
import org.techserv.library.store.CatalogueRow;
import org.techserv.library.store.review.Reviews;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.CatalogueChanges;
import org.techserv.library.ui.internal.Labels;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.RecordEditorInput;
import org.techserv.store.StoreEvents;
import org.techserv.ui.viewers.RowBlocks;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.ui.viewers.VirtualTable;
import org.techserv.workbench.WorkbenchIds;

/**
 * The catalogue: every record newest first, or those the search words find in the keyword index (title, names,
 * subjects, ISBN, call number; {@code title:}, {@code author:}, {@code isbn:}, {@code subject:}, {@code call:}),
 * best match first. The table is virtual: it holds the matching ids and reads the rows on screen in blocks (each
 * row with its review state: awaiting review, approved, returned, or nothing when never submitted), so a large
 * catalogue opens as fast as a small one; the rows on screen are read again when a review changes. Typing narrows
 * the list; Down moves into it; Enter or a double click opens the record.
 */
public final class CatalogueView extends ViewPart {

	public static final String KEY_TABLE = "catalogue.table"; //$NON-NLS-1$
	public static final String KEY_SEARCH = "catalogue.search"; //$NON-NLS-1$
	public static final String KEY_COUNT = "catalogue.count"; //$NON-NLS-1$
	/** Rows shown before the whole list of every record is read from the store: more than any screen. */
	private static final int FIRST_SCREENS = 2_000;

	private VirtualTable table;
	/** Kept apart: a table may be replaced (and disposed) while a search runs in the background. */
	private Display display;
	private Text search;
	private Label count;
	private final RowBlocks<CatalogueRow> rows = new RowBlocks<>(CatalogueQueries.BLOCK,
			(ids, from, to) -> Services.store().catalogue().rows(ids, from, to));
	private final Runnable onChange = () -> {
		if (table != null && !table.isDisposed()) {
			display.asyncExec(this::reload);
		}
	};
	private Job running;
	private ServiceRegistration<EventHandler> reviewsChanged;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.catalogueSearch);
		search = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.catalogueSearchHint);
		search.setData(WorkbenchIds.WIDGET_KEY, KEY_SEARCH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addListener(SWT.Modify, e -> reload());
		search.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && table.table().getItemCount() > 0) {
				table.table().setFocus();
				table.table().setSelection(0);
			}
		});
		count = new Label(bar, SWT.NONE);
		count.setData(WorkbenchIds.WIDGET_KEY, KEY_COUNT);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(count);

		table = new VirtualTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI, this::build);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		getSite().setSelectionProvider(table);
		CatalogueChanges.addListener(onChange);
		listenToReviews();
		reload();
	}

	/** Columns, rows and the open action of a table (a fresh one when a search narrows a long list a lot). */
	private void build(TableViewer viewer) {
		viewer.getTable().setData(WorkbenchIds.WIDGET_KEY, KEY_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		TableColumns.<CatalogueRow>add(viewer, Messages.columnTitle, 420, CatalogueRow::title);
		TableColumns.<CatalogueRow>add(viewer, Messages.columnAuthor, 200, CatalogueRow::author);
		TableColumns.<CatalogueRow>add(viewer, Messages.columnYear, 60, CatalogueRow::year);
		TableColumns.<CatalogueRow>add(viewer, Messages.columnIsbn, 130, CatalogueRow::isbn);
		TableColumns.<CatalogueRow>add(viewer, Messages.columnCallNumber, 150, CatalogueRow::callNumber);
		TableColumns.<CatalogueRow>add(viewer, Messages.columnCopies, 60, r -> String.valueOf(r.items()));
		TableColumns.<CatalogueRow>add(viewer, Messages.columnReview, 130, r -> Labels.of(r.review()));
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				CatalogueRow row = rows.get(index);
				if (row != null) {
					viewer.replace(row, index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// rows come from the blocks
			}
		});
		viewer.addOpenListener(e -> {
			for (Object selected : ((IStructuredSelection) e.getSelection()).toList()) {
				open((CatalogueRow) selected);
			}
		});
	}

	/**
	 * A record submitted, approved or returned anywhere in the workbench: the rows on screen are read again (the
	 * same ids, so the search is not run again and the selection stays).
	 */
	private void listenToReviews() {
		reviewsChanged = StoreEvents.listen(Reviews.CHANGED, () -> {
			if (table != null && !table.isDisposed()) {
				display.asyncExec(this::showReviews);
			}
		});
	}

	private void showReviews() {
		if (!table.isDisposed()) {
			rows.forget();
			table.table().clearAll();
		}
	}

	private void open(CatalogueRow row) {
		try {
			getSite().getPage().openEditor(new RecordEditorInput(row.id(), row.title()), LibraryUiIds.RECORD_EDITOR);
		} catch (PartInitException e) {
			Status status = (Status) Status.error(e.getMessage(), e);
			org.eclipse.ui.statushandlers.StatusManager.getManager().handle(status,
					org.eclipse.ui.statushandlers.StatusManager.SHOW | org.eclipse.ui.statushandlers.StatusManager.LOG);
		}
	}

	/** Searches again with the words in the search field (in the background; the table fills when done). */
	public void reload() {
		if (table == null || table.isDisposed()) {
			return;
		}
		String words = search.getText();
		if (running != null) {
			running.cancel();
		}
		Job job = Job.create(Messages.catalogueLoading, (IProgressMonitor monitor) -> {
			try {
				long start = System.nanoTime();
				long[] ids;
				if (!words.isBlank()) {
					ids = Services.search().ids(words);
				} else {
					Optional<long[]> fromIndex = Services.search().everyRecordIfCurrent();
					if (fromIndex.isPresent()) {
						ids = fromIndex.get();
					} else {
						// the index is catching up: the store reads a million ids in about half a second, the newest
						// screens in milliseconds
						long[] newest = Services.store().catalogue().newest(FIRST_SCREENS);
						if (newest.length < FIRST_SCREENS) {
							ids = newest; // every record there is: nothing more to read
						} else {
							publish(words, newest, start, false);
							if (monitor.isCanceled()) {
								return Status.CANCEL_STATUS;
							}
							ids = Services.store().catalogue().ids(""); //$NON-NLS-1$
						}
					}
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				publish(words, ids, start, true);
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		running = job;
		job.schedule();
	}

	/** The rows to show for {@code words}: every one, or the first of a list still being read. */
	private void publish(String words, long[] ids, long start, boolean whole) throws Exception {
		rows.reset(ids);
		rows.prefetch(0);
		long millis = (System.nanoTime() - start) / 1_000_000;
		display.asyncExec(() -> show(words, ids.length, millis, whole));
	}

	private void show(String words, int total, long millis, boolean whole) {
		if (table.isDisposed() || !words.equals(search.getText())) {
			return; // a later search is on its way
		}
		table.showRows(total);
		count.setText(whole ? NLS.bind(Messages.catalogueCount, total) : Messages.catalogueCounting);
		count.setToolTipText(NLS.bind(Messages.catalogueLoaded, millis));
	}

	@Override
	public void setFocus() {
		search.setFocus();
	}

	@Override
	public void dispose() {
		CatalogueChanges.removeListener(onChange);
		if (reviewsChanged != null) {
			reviewsChanged.unregister();
		}
		super.dispose();
	}
}
