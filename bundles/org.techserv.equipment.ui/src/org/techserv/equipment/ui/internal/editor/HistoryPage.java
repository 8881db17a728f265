package org.techserv.equipment.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.techserv.ui.forms.FormFields;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.store.AuditEntry;
import org.techserv.store.StoreException;

/** Who changed what and when, newest first, from the audit trail (as of the last save). */
final class HistoryPage extends OrderPage {

	static final String ID = "history"; //$NON-NLS-1$

	private TableViewer table;
	private int shownVersion = -1;

	HistoryPage(ServiceOrderEditor editor, OrderSession session) {
		super(editor, session, ID, Messages.pageHistory);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		Composite history = fields.section(body, Messages.sectionHistory, Messages.sectionHistoryDescription);
		table = new TableViewer(history, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(table.getTable(), "history.table"); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		VisitsPage.column(table, Messages.columnWhen, 140, e -> Labels.dayTime(((AuditEntry) e).at()));
		VisitsPage.column(table, Messages.columnWho, 100, e -> ((AuditEntry) e).user());
		VisitsPage.column(table, Messages.columnWhat, 90, e -> action(((AuditEntry) e).action()));
		VisitsPage.column(table, Messages.columnField, 140, e -> ((AuditEntry) e).field());
		VisitsPage.column(table, Messages.columnBefore, 220, e -> text(((AuditEntry) e).oldValue()));
		VisitsPage.column(table, Messages.columnAfter, 220, e -> text(((AuditEntry) e).newValue()));
		table.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 360).span(2, 1).applyTo(table.getTable());
		session.onRefresh(this::load);
	}

	private void load() {
		if (table.getTable().isDisposed() || session.order().getVersion() == shownVersion) {
			return;
		}
		try {
			List<AuditEntry> entries = new ArrayList<>(ServiceOrderEditor.store().orders().history(session.order().getId()));
			Collections.reverse(entries);
			table.setInput(entries.toArray());
			shownVersion = session.order().getVersion();
		} catch (StoreException e) {
			editor.notice(e.getMessage(), IMessageProvider.WARNING);
		}
	}

	private static String action(AuditEntry.Action action) {
		return switch (action) {
		case CREATED -> Messages.actionCreated;
		case UPDATED -> Messages.actionUpdated;
		case DELETED -> Messages.actionDeleted;
		};
	}

	private static String text(String value) {
		return value == null ? "" : value.length() > 200 ? value.substring(0, 200) + '…' : value; //$NON-NLS-1$
	}
}
