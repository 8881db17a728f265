package org.techserv.library.ui.internal.serials;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.techserv.library.serials.store.IssueStatus;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.library.serials.store.Subscription;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * Serials Check-in: the issues expected by today and the late ones, oldest first. Built for the keyboard: Enter
 * receives the chosen issue (as a new item when a barcode was scanned into the barcode field), C, S and M mark it
 * combined, skipped or missing, E edits its subscription, F5 reloads. The list keeps its place after each action
 * and the status line says what happened, or loudly what was refused.
 */
public final class SerialsCheckInView extends ViewPart {

	private Text barcode;
	private TableViewer due;
	private Label status;
	private final Job prediction = predictionJob();
	/** Messages shown so far: the prediction's count must not cover what was said while it ran. */
	private int said;
	private int saidAtRequest;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.barcodeLabel);
		barcode = new Text(bar, SWT.BORDER | SWT.SEARCH);
		barcode.setMessage(Messages.barcodeHint);
		barcode.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_BARCODE);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(barcode);
		barcode.addListener(SWT.DefaultSelection, e -> receive());
		new Label(bar, SWT.NONE).setText(Messages.keysHint);

		due = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		due.getTable().setHeaderVisible(true);
		due.getTable().setLinesVisible(true);
		due.getTable().setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_DUE);
		due.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<SerialIssue>add(due, Messages.columnTitle, 280, SerialIssue::title);
		TableColumns.<SerialIssue>add(due, Messages.columnIssue, 200, SerialIssue::label);
		TableColumns.<SerialIssue>add(due, Messages.columnExpected, 90, i -> String.valueOf(i.expected()));
		TableColumns.<SerialIssue>add(due, Messages.columnStatus, 80, i -> i.status().label());
		TableColumns.<SerialIssue>add(due, Messages.columnVendor, 180, SerialIssue::vendor);
		TableColumns.<SerialIssue>add(due, Messages.columnClaims, 60, i -> String.valueOf(i.claimCount()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(due.getTable());
		due.getTable().addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent e) {
				keyOnList(e);
			}
		});
		due.addDoubleClickListener(e -> receive());

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(buttons);
		button(buttons, Messages.receive, this::receive);
		button(buttons, Messages.combined, () -> mark(IssueStatus.COMBINED));
		button(buttons, Messages.skipped, () -> mark(IssueStatus.SKIPPED));
		button(buttons, Messages.missing, () -> mark(IssueStatus.MISSING));
		button(buttons, Messages.editSubscription, this::editSubscription);
		button(buttons, Messages.refresh, () -> refresh(true));

		status = new Label(parent, SWT.NONE);
		status.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		getSite().setSelectionProvider(due);
		refresh(true);
	}

	private void keyOnList(KeyEvent e) {
		switch (e.keyCode) {
		case SWT.CR, SWT.KEYPAD_CR -> receive();
		case SWT.F5 -> refresh(true);
		default -> {
			switch (Character.toLowerCase(e.character)) {
			case 'c' -> mark(IssueStatus.COMBINED);
			case 's' -> mark(IssueStatus.SKIPPED);
			case 'm' -> mark(IssueStatus.MISSING);
			case 'e' -> editSubscription();
			default -> {
				if (!Character.isDigit(e.character)) {
					return;
				}
				// a scanner typing into the list: the digits belong in the barcode field
				barcode.setFocus();
				barcode.append(String.valueOf(e.character));
			}
			}
		}
		}
		e.doit = false;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/**
	 * Reloads the list; with {@code predict}, first stores (as a job, with progress and cancel) what subscriptions
	 * not yet predicted that far expect up to the end of the month a year from now, so that the work is done once a
	 * month rather than each day.
	 */
	void refresh(boolean predict) {
		if (predict) {
			// shown as busy on the view's tab; a second request while it runs runs it once more afterwards
			saidAtRequest = said;
			getSite().getService(IWorkbenchSiteProgressService.class).schedule(prediction);
		} else {
			showDue(false);
		}
	}

	private Job predictionJob() {
		Job job = Job.create(Messages.predicting, monitor -> {
			try {
				Serials.store().subscriptions().predictAll(horizon(LocalDate.now()), monitor);
				inView(() -> showDue(said == saidAtRequest));
			} catch (StoreException | IllegalStateException e) {
				inView(() -> say(e.getMessage(), true));
			}
		});
		job.setSystem(false);
		return job;
	}

	static LocalDate horizon(LocalDate today) {
		return today.plusYears(1).with(TemporalAdjusters.lastDayOfMonth());
	}

	private void inView(Runnable work) {
		Display display = due.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!due.getControl().isDisposed()) {
				work.run();
			}
		});
	}

	private void showDue(boolean count) {
		try {
			int index = Math.max(0, due.getTable().getSelectionIndex());
			List<SerialIssue> issues = Serials.store().checkIn().due(LocalDate.now());
			due.setInput(issues);
			if (!issues.isEmpty()) {
				due.setSelection(new StructuredSelection(issues.get(Math.min(index, issues.size() - 1))), true);
			}
			if (count) {
				say(NLS.bind(Messages.dueCount, issues.size()), false);
			}
		} catch (StoreException | IllegalStateException e) {
			say(e.getMessage(), true);
		}
	}

	@Override
	public void dispose() {
		prediction.cancel();
		super.dispose();
	}

	private SerialIssue chosen() {
		Object first = ((IStructuredSelection) due.getSelection()).getFirstElement();
		if (first instanceof SerialIssue issue) {
			return issue;
		}
		say(Messages.chooseIssue, true);
		return null;
	}

	private void receive() {
		SerialIssue issue = chosen();
		if (issue == null) {
			return;
		}
		String code = barcode.getText().strip();
		try {
			Serials.store().checkIn().receive(issue.id(), LocalDate.now(), code);
			barcode.setText(""); //$NON-NLS-1$
			refresh(false);
			due.getTable().setFocus();
			say(code.isEmpty() ? NLS.bind(Messages.received, issue.label(), issue.title())
					: NLS.bind(Messages.receivedAsItem, new Object[] { issue.label(), issue.title(), code }), false);
		} catch (StoreException e) {
			say(e.getMessage(), true);
		}
	}

	private void mark(IssueStatus mark) {
		SerialIssue issue = chosen();
		if (issue == null) {
			return;
		}
		try {
			Serials.store().checkIn().mark(issue.id(), mark);
			refresh(false);
			say(NLS.bind(Messages.marked, new Object[] { issue.label(), issue.title(), mark.label() }), false);
		} catch (StoreException e) {
			say(e.getMessage(), true);
		}
	}

	private void editSubscription() {
		SerialIssue issue = chosen();
		if (issue == null) {
			return;
		}
		try {
			Subscription subscription = Serials.store().subscriptions().load(issue.subscriptionId());
			SubscriptionDialog dialog = new SubscriptionDialog(getSite().getShell(), subscription);
			if (dialog.open() == Window.OK) {
				refresh(true);
				say(dialog.outcome(), false);
			}
		} catch (StoreException e) {
			say(e.getMessage(), true);
		}
	}

	/** The status line; a refusal is red and beeps, so a technician scanning at speed notices it. */
	private void say(String text, boolean refused) {
		said++;
		status.setText(text == null ? "" : text); //$NON-NLS-1$
		status.setForeground(refused ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		if (refused) {
			status.getDisplay().beep();
		}
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	@Override
	public void setFocus() {
		due.getTable().setFocus();
	}
}
