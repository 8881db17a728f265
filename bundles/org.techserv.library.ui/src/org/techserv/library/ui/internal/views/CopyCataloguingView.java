package org.techserv.library.ui.internal.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.util.MarcLines;
import org.techserv.library.sru.SruClient;
import org.techserv.library.sru.SruDiagnostic;
import org.techserv.library.sru.SruException;
import org.techserv.library.sru.SruHit;
import org.techserv.library.sru.SruImport;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruQuery;
import org.techserv.library.sru.SruResult;
import org.techserv.library.sru.SruTarget;
import org.techserv.library.sru.SruTargets;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.MarcImport.Report;
import org.techserv.library.ui.internal.CatalogueChanges;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.review.RecordReview;
import org.techserv.library.ui.internal.handlers.DuplicatesQuestion;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * Copy cataloguing: search an SRU target (Library of Congress or the library's own) by title, author, ISBN or
 * subject, look at a hit's MARC fields, and import the chosen hits into the catalogue keeping each record as the
 * server sent it. Searches run in the background and can be cancelled; timeouts, unreachable servers and the
 * server's diagnostics are said in the status line of the view.
 */
public final class CopyCataloguingView extends ViewPart {

	public static final String KEY_TARGET = "copy.target"; //$NON-NLS-1$
	public static final String KEY_INDEX = "copy.index"; //$NON-NLS-1$
	public static final String KEY_TERMS = "copy.terms"; //$NON-NLS-1$
	public static final String KEY_HITS = "copy.hits"; //$NON-NLS-1$
	public static final String KEY_PREVIEW = "copy.preview"; //$NON-NLS-1$
	public static final String KEY_STATUS = "copy.status"; //$NON-NLS-1$
	private static final int PAGE = 20;

	private Combo target;
	private Combo index;
	private Text terms;
	private TableViewer hits;
	private Text preview;
	private Label status;
	private Button more;
	private Button importButton;
	private List<SruTarget> targets = List.of();
	private final List<SruHit> shown = new ArrayList<>();
	private SruResult last;
	private Job searching;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.copyTarget);
		target = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		target.setData(WorkbenchIds.WIDGET_KEY, KEY_TARGET);
		index = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		index.setData(WorkbenchIds.WIDGET_KEY, KEY_INDEX);
		for (SruIndex each : SruIndex.values()) {
			index.add(each.label());
		}
		index.select(0);
		terms = new Text(bar, SWT.BORDER | SWT.SEARCH);
		terms.setMessage(Messages.copyTermsHint);
		terms.setData(WorkbenchIds.WIDGET_KEY, KEY_TERMS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(terms);
		terms.addListener(SWT.DefaultSelection, e -> search(1));
		button(bar, Messages.copySearch, "copy.search").addListener(SWT.Selection, e -> search(1)); //$NON-NLS-1$
		importButton = button(bar, Messages.copyImport, "copy.import"); //$NON-NLS-1$
		importButton.addListener(SWT.Selection, e -> importSelected());

		SashForm split = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		hits = new TableViewer(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		hits.getTable().setData(WorkbenchIds.WIDGET_KEY, KEY_HITS);
		hits.getTable().setHeaderVisible(true);
		hits.getTable().setLinesVisible(true);
		hits.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<SruHit>add(hits, "#", 40, h -> String.valueOf(h.position())); //$NON-NLS-1$
		TableColumns.<SruHit>add(hits, Messages.columnTitle, 300, h -> h instanceof SruHit.Good g ? g.record().getTitle()
				: ((SruHit.Bad) h).reason(), h -> null,
				h -> h instanceof SruHit.Bad ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null);
		TableColumns.<SruHit>add(hits, Messages.columnAuthor, 160, h -> h instanceof SruHit.Good g ? g.record().getAuthor() : ""); //$NON-NLS-1$
		TableColumns.<SruHit>add(hits, Messages.columnYear, 60, h -> h instanceof SruHit.Good g ? g.record().getYear() : ""); //$NON-NLS-1$
		TableColumns.<SruHit>add(hits, Messages.columnIsbn, 120, h -> h instanceof SruHit.Good g ? g.record().getIsbn() : ""); //$NON-NLS-1$
		preview = new Text(split, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		preview.setData(WorkbenchIds.WIDGET_KEY, KEY_PREVIEW);
		split.setWeights(55, 45);
		hits.addSelectionChangedListener(e -> showPreview());
		hits.addOpenListener(e -> importSelected());

		Composite footer = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(footer);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(footer);
		status = new Label(footer, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, KEY_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		more = button(footer, Messages.copyMore, "copy.more"); //$NON-NLS-1$
		more.addListener(SWT.Selection, e -> search(last == null ? 1 : last.nextStart()));
		more.setEnabled(false);
		loadTargets();
	}

	private static Button button(Composite parent, String text, String key) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WorkbenchIds.WIDGET_KEY, key);
		return button;
	}

	/** Reads the targets again (after the user changed them). */
	public void loadTargets() {
		SruTargets installed = SruTargets.installed();
		targets = installed.all();
		target.removeAll();
		targets.forEach(t -> target.add(t.name()));
		if (!targets.isEmpty()) {
			target.select(0);
		}
		if (!installed.problems().isEmpty()) {
			say(String.join("\n", installed.problems()), true); //$NON-NLS-1$
		}
	}

	/** Searches the chosen target from position {@code start} (1: a new search; later: the next page). */
	private void search(int start) {
		if (target.getSelectionIndex() < 0 || terms.getText().isBlank()) {
			return;
		}
		SruTarget chosen = targets.get(target.getSelectionIndex());
		SruQuery query = SruQuery.of(SruIndex.values()[index.getSelectionIndex()], terms.getText().strip());
		if (searching != null) {
			searching.cancel();
		}
		say(NLS.bind(Messages.copySearching, chosen.name()), false);
		Job job = Job.create(NLS.bind(Messages.copySearching, chosen.name()), (IProgressMonitor monitor) -> {
			try (SruClient client = new SruClient()) {
				SruResult result = client.search(chosen, query, start, PAGE, monitor);
				asyncShow(() -> show(result, start == 1));
			} catch (SruException e) {
				asyncShow(() -> say(e.getMessage(), true));
			} catch (OperationCanceledException e) {
				asyncShow(() -> say(Messages.copyCancelled, false));
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		job.setUser(false);
		searching = job;
		job.schedule();
	}

	private void asyncShow(Runnable show) {
		if (!status.isDisposed()) {
			status.getDisplay().asyncExec(() -> {
				if (!status.isDisposed()) {
					show.run();
				}
			});
		}
	}

	private void show(SruResult result, boolean fresh) {
		last = result;
		if (fresh) {
			shown.clear();
		}
		shown.addAll(result.hits());
		hits.setInput(shown);
		more.setEnabled(result.hasMore());
		if (!result.diagnostics().isEmpty()) {
			say(String.join("\n", result.diagnostics().stream().map(SruDiagnostic::userMessage).toList()), true); //$NON-NLS-1$
		} else {
			say(NLS.bind(Messages.copyFound, new Object[] { result.total(), shown.size(), result.target().name() }), false);
		}
		if (fresh && !shown.isEmpty()) {
			hits.getTable().setSelection(0);
			showPreview();
		}
	}

	private void showPreview() {
		Object selected = hits.getStructuredSelection().getFirstElement();
		if (selected instanceof SruHit.Good good) {
			preview.setText(lines(good.record()));
		} else if (selected instanceof SruHit.Bad bad) {
			preview.setText(bad.reason());
		} else {
			preview.setText(""); //$NON-NLS-1$
		}
	}

	private static String lines(BibliographicRecord record) {
		StringBuilder text = new StringBuilder(MarcLines.leader(record.getLeader()));
		for (ControlField field : record.getControlFields()) {
			text.append('\n').append(MarcLines.of(field));
		}
		for (DataField field : record.getDataFields()) {
			text.append('\n').append(MarcLines.of(field));
		}
		return text.toString();
	}

	/** Imports the selected good hits, asking what to do with records the catalogue already has. */
	private void importSelected() {
		List<SruHit.Good> chosen = hits.getStructuredSelection().toList().stream()
				.filter(SruHit.Good.class::isInstance).map(SruHit.Good.class::cast).toList();
		if (chosen.isEmpty() || last == null) {
			return;
		}
		Duplicates duplicates = DuplicatesQuestion.ask(getSite().getShell());
		if (duplicates == null) {
			return;
		}
		SruTarget from = last.target();
		Job job = Job.create(NLS.bind(Messages.copyImporting, chosen.size()), (IProgressMonitor monitor) -> {
			try {
				Instant since = Instant.now();
				Report report = new SruImport(Services.store().database()).importHits(from, chosen, duplicates, monitor);
				CatalogueChanges.changed();
				String imported = NLS.bind(Messages.copyImported,
						new Object[] { report.imported() + report.replaced(), report.duplicates(), from.name() });
				// a technician's copies go to a librarian's review
				String review = RecordReview.afterCopyCataloguing(Services.store().database(), from.name(), since);
				asyncShow(() -> say(review == null ? imported : imported + ' ' + review, false));
				return Status.OK_STATUS;
			} catch (Exception e) {
				asyncShow(() -> say(e.getMessage(), true));
				return Status.error(e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void say(String message, boolean problem) {
		status.setText(message);
		status.setForeground(problem ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		status.getParent().layout();
	}

	/** What the status line says now (for tests). */
	public String statusText() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		terms.setFocus();
	}
}
