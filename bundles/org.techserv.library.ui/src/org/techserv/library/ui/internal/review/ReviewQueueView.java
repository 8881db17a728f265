package org.techserv.library.ui.internal.review;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.RecordEditorInput;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * Review Queue: the records and binding batches awaiting a librarian, the longest waiting first, with who submitted
 * them and when. The librarian approves the selected one, or returns it with the comment typed below; Enter opens
 * a record in its editor. Whoever works here, the store checks the role again: a technician's approval is refused
 * with a message and nothing changes.
 */
public final class ReviewQueueView extends ViewPart {

	private TableViewer table;
	private Label who;
	private Text comment;
	private Label status;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		who = new Label(parent, SWT.WRAP);
		who.setData(WorkbenchIds.WIDGET_KEY, ReviewUiIds.KEY_WHO);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(who);

		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData(WorkbenchIds.WIDGET_KEY, ReviewUiIds.KEY_TABLE);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Review>add(table, Messages.columnWhat, 100,
				r -> r.subject() == ReviewSubject.RECORD ? Messages.kindRecord : Messages.kindBatch);
		TableColumns.<Review>add(table, "Id", 70, r -> String.valueOf(r.subjectId())); //$NON-NLS-1$
		TableColumns.<Review>add(table, Messages.columnSubject, 320, r -> r.label() == null ? "" : r.label()); //$NON-NLS-1$
		TableColumns.<Review>add(table, Messages.columnSubmittedBy, 160, Review::submittedByName);
		TableColumns.<Review>add(table, Messages.columnSubmitted, 130, r -> RecordReview.when(r.submittedAt()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
		table.getTable().addListener(SWT.KeyDown, this::key);
		table.getTable().addListener(SWT.MouseDoubleClick, e -> open());

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.commentLabel);
		comment = new Text(bar, SWT.BORDER);
		comment.setMessage(Messages.commentHint);
		comment.setTextLimit(Reviews.COMMENT_LENGTH);
		comment.setData(WorkbenchIds.WIDGET_KEY, ReviewUiIds.KEY_COMMENT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(comment);
		button(bar, Messages.approve, Messages.approveTip, ReviewUiIds.KEY_APPROVE).addListener(SWT.Selection,
				e -> approve());
		button(bar, Messages.returnWithComment, Messages.returnTip, ReviewUiIds.KEY_RETURN).addListener(SWT.Selection,
				e -> returnSelected());
		button(bar, Messages.refresh, null, "review.refresh").addListener(SWT.Selection, e -> refresh()); //$NON-NLS-1$

		status = new Label(parent, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, ReviewUiIds.KEY_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		refresh();
	}

	private static Button button(Composite parent, String text, String tip, String key) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.setData(WorkbenchIds.WIDGET_KEY, key);
		return button;
	}

	/** Enter opens, Ctrl+Enter approves, Ctrl+Backspace returns with the comment, F5 lists again. */
	private void key(Event e) {
		boolean command = (e.stateMask & SWT.MOD1) != 0;
		if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			e.doit = false;
			if (command) {
				approve();
			} else {
				open();
			}
		} else if (e.keyCode == SWT.BS && command) {
			e.doit = false;
			returnSelected();
		} else if (e.keyCode == SWT.F5) {
			refresh();
		}
	}

	/** Lists the pending submissions again and says who reviews here. */
	public void refresh() {
		Database database = Services.store().database();
		try {
			Optional<Reviewer> me = Reviewer.current(database);
			who.setText(me.isEmpty() ? Messages.nobodyChosen
					: me.get().librarian() ? NLS.bind(Messages.reviewingAs, me.get().name())
							: NLS.bind(Messages.notALibrarian, me.get().name()));
			List<Review> pending = new Reviews(database).pending();
			table.setInput(pending);
			if (!pending.isEmpty() && table.getStructuredSelection().isEmpty()) {
				table.getTable().select(0);
			}
			say(NLS.bind(Messages.waiting, pending.size()), false);
		} catch (StoreException | IllegalStateException e) {
			say(e.getMessage(), true);
		}
		who.getParent().layout(new Control[] { who });
	}

	private Review selected() {
		Object first = table.getStructuredSelection().getFirstElement();
		if (first == null) {
			say(Messages.nothingSelected, true);
		}
		return (Review) first;
	}

	private void approve() {
		Review review = selected();
		if (review == null) {
			return;
		}
		decided(review, () -> {
			Reviews reviews = new Reviews(Services.store().database());
			reviews.approve(review.id(), actingId());
			return NLS.bind(Messages.approved, Reviews.describe(review));
		});
	}

	private void returnSelected() {
		Review review = selected();
		if (review == null) {
			return;
		}
		decided(review, () -> {
			Reviews reviews = new Reviews(Services.store().database());
			reviews.returnWithComment(review.id(), actingId(), comment.getText());
			comment.setText(""); //$NON-NLS-1$
			return NLS.bind(Messages.returned, Reviews.describe(review), review.submittedByName());
		});
	}

	private interface Decision {
		String run() throws StoreException;
	}

	/** Runs a decision; the store's refusal is shown as it is, naming who and what, and nothing changes. */
	private void decided(Review review, Decision decision) {
		int index = table.getTable().getSelectionIndex();
		try {
			String done = decision.run();
			refresh();
			int rows = table.getTable().getItemCount();
			if (rows > 0) {
				table.getTable().setSelection(Math.min(index, rows - 1));
			}
			say(done, false);
		} catch (StoreException e) {
			say(e.getMessage(), true);
		}
	}

	/** The staff person acting here; 0 (refused by the store, naming it) when nobody is chosen. */
	private static long actingId() throws StoreException {
		return Reviewer.current(Services.store().database()).map(Reviewer::id).orElse(0L);
	}

	private void open() {
		Review review = selected();
		if (review == null) {
			return;
		}
		if (review.subject() != ReviewSubject.RECORD) {
			say(NLS.bind(Messages.batchElsewhere, Reviews.describe(review)), false);
			return;
		}
		try {
			getSite().getPage().openEditor(new RecordEditorInput(review.subjectId(), review.label()),
					LibraryUiIds.RECORD_EDITOR);
		} catch (PartInitException e) {
			say(e.getMessage(), true);
		}
	}

	private void say(String text, boolean refused) {
		status.setText(text == null ? "" : text); //$NON-NLS-1$
		status.setForeground(refused ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		status.getParent().layout(new Control[] { status });
	}

	/** What the status line says now (for tests). */
	public String statusText() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}
}
