package org.techserv.library.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.ui.internal.Labels;
import org.techserv.library.ui.internal.Services;
import org.techserv.store.AuditEntry;
import org.techserv.store.StoreException;
import org.techserv.ui.forms.FormFields;
import org.techserv.ui.viewers.TableColumns;

/** Who changed which field of the record and when, newest first, from the audit trail (as of the last save). */
final class HistoryPage extends RecordPage {

	static final String ID = "history"; //$NON-NLS-1$

	private TableViewer table;
	private int shownVersion = -1;

	HistoryPage(CatalogRecordEditor editor, RecordSession session) {
		super(editor, session, ID, Messages.pageHistory);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		Composite history = fields.section(body, Messages.sectionHistory, Messages.sectionHistoryDescription, 1);
		table = new TableViewer(history, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(table.getTable(), "history.table"); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<AuditEntry>add(table, Messages.columnWhen, 140, e -> Labels.dayTime(e.at()));
		TableColumns.<AuditEntry>add(table, Messages.columnWho, 100, AuditEntry::user);
		TableColumns.<AuditEntry>add(table, Messages.columnWhat, 90, e -> Labels.of(e.action()));
		TableColumns.<AuditEntry>add(table, Messages.columnTag, 70, AuditEntry::field);
		TableColumns.<AuditEntry>add(table, Messages.columnBefore, 300, e -> Labels.shortened(e.oldValue()));
		TableColumns.<AuditEntry>add(table, Messages.columnAfter, 300, e -> Labels.shortened(e.newValue()));
		table.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 360).applyTo(table.getTable());
		session.onRefresh(this::load);
	}

	private void load() {
		if (table.getTable().isDisposed() || session.record().getVersion() == shownVersion) {
			return;
		}
		try {
			List<AuditEntry> entries = new ArrayList<>(Services.store().records().history(session.record().getId()));
			Collections.reverse(entries);
			table.setInput(entries);
			shownVersion = session.record().getVersion();
		} catch (StoreException e) {
			editor.notice(e.getMessage(), IMessageProvider.WARNING);
		}
	}
}
