package org.techserv.library.ui.internal.circulation;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.circulation.Patron;
import org.techserv.library.circulation.Patrons;
import org.techserv.model.core.Party;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * The library's patrons, found by typing part of a name or the start of a card number (or scanning the card), and
 * opened for editing with Enter; Insert (or Alt+N) makes a new one. The list follows the typing after a short
 * pause, so a scanner's burst of digits is one search.
 */
public final class PatronsView extends ViewPart {

	public static final String ID = "org.techserv.library.ui.views.patrons"; //$NON-NLS-1$
	public static final String KEY_SEARCH = "patrons.search"; //$NON-NLS-1$
	public static final String KEY_TABLE = "patrons.table"; //$NON-NLS-1$
	public static final String KEY_NEW = "patrons.new"; //$NON-NLS-1$
	public static final String KEY_EDIT = "patrons.edit"; //$NON-NLS-1$
	public static final String KEY_STATUS = "patrons.status"; //$NON-NLS-1$
	/** More than a desk reads through; the status line says when there are more. */
	static final int LIMIT = 500;
	private static final int PAUSE_MS = 250;

	private Patrons patrons;
	private Text search;
	private TableViewer table;
	private Label status;
	private final Runnable searchLater = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		patrons = DeskServices.patrons(getSite());
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		search = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
		search.setMessage(Messages.patronsSearchHint);
		search.setData(WorkbenchIds.WIDGET_KEY, KEY_SEARCH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addListener(SWT.Modify, e -> {
			search.getDisplay().timerExec(-1, searchLater);
			search.getDisplay().timerExec(PAUSE_MS, searchLater);
		});
		search.addListener(SWT.DefaultSelection, e -> openSingleOrFirst());
		search.addListener(SWT.KeyDown, this::keyInSearch);

		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setData(WorkbenchIds.WIDGET_KEY, KEY_TABLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Patron>add(table, Messages.columnCard, 100, Patron::barcode);
		TableColumns.<Patron>add(table, Messages.columnPatron, 220, Patron::name);
		TableColumns.<Patron>add(table, Messages.patronsColumnLoans, 70, p -> String.valueOf(p.loans()));
		TableColumns.<Patron>add(table, Messages.patronsColumnOverdue, 70, p -> String.valueOf(p.overdue()));
		TableColumns.<Patron>add(table, Messages.patronsColumnBlocked, 320,
				p -> p.blocked() ? NLS.bind(Messages.patronsBlockedBecause, p.blockReason()) : ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addDoubleClickListener(e -> edit());
		table.getTable().addListener(SWT.KeyDown, this::keyInTable);

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		button(buttons, Messages.patronsNew, KEY_NEW).addListener(SWT.Selection, e -> create());
		button(buttons, Messages.patronsEdit, KEY_EDIT).addListener(SWT.Selection, e -> edit());
		status = new Label(buttons, SWT.NONE);
		status.setData(WorkbenchIds.WIDGET_KEY, KEY_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		getSite().setSelectionProvider(table);
		refresh();
	}

	private static Button button(Composite parent, String text, String key) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WorkbenchIds.WIDGET_KEY, key);
		return button;
	}

	private void keyInSearch(Event e) {
		if (e.keyCode == SWT.ARROW_DOWN && table.getTable().getItemCount() > 0) {
			table.getTable().setFocus();
			if (table.getTable().getSelectionIndex() < 0) {
				table.getTable().select(0);
			}
			e.doit = false;
		} else if (e.keyCode == SWT.INSERT) {
			create();
		}
	}

	private void keyInTable(Event e) {
		switch (e.keyCode) {
		case SWT.CR, SWT.KEYPAD_CR -> edit();
		case SWT.INSERT -> create();
		case SWT.F5 -> refresh();
		default -> {
			if (e.character >= ' ' && e.character != SWT.DEL) {
				// typing in the list searches: the keys belong in the search field
				search.setFocus();
				search.append(String.valueOf(e.character));
			} else {
				return;
			}
		}
		}
		e.doit = false;
	}

	/** Searches again for what the field holds, keeping the selected patron when still listed. */
	public void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		Patron selected = selected();
		try {
			List<Patron> found = patrons.find(search.getText(), LIMIT);
			table.setInput(found);
			found.stream().filter(p -> selected != null && p.partyId() == selected.partyId()).findFirst()
					.ifPresent(p -> table.setSelection(new StructuredSelection(p), true));
			status.setText(found.size() == 1 ? Messages.patronsCountOne
					: NLS.bind(found.size() >= LIMIT ? Messages.patronsCountMore : Messages.patronsCount, found.size()));
		} catch (StoreException e) {
			table.setInput(List.of());
			status.setText(e.getMessage());
		}
		status.getParent().layout(true);
	}

	private Patron selected() {
		return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Patron patron ? patron
				: null;
	}

	private void openSingleOrFirst() {
		search.getDisplay().timerExec(-1, searchLater);
		refresh();
		if (table.getTable().getItemCount() == 0) {
			return;
		}
		table.setSelection(new StructuredSelection(table.getElementAt(0)), true);
		if (table.getTable().getItemCount() == 1) {
			edit();
		} else {
			table.getTable().setFocus();
		}
	}

	private void create() {
		open(Patrons.newPatron());
	}

	private void edit() {
		Patron patron = selected();
		if (patron == null) {
			status.setText(Messages.patronsChooseOne);
			return;
		}
		try {
			open(patrons.load(patron.partyId()));
		} catch (StoreException e) {
			status.setText(e.getMessage());
		}
	}

	private void open(Party party) {
		PatronDialog dialog = new PatronDialog(getSite().getShell(), patrons, party);
		if (dialog.open() != Window.OK) {
			return;
		}
		Party saved = dialog.saved();
		String card = Patrons.card(saved).getBarcode();
		search.setText(card);
		search.getDisplay().timerExec(-1, searchLater);
		refresh();
		if (table.getTable().getItemCount() > 0) {
			table.setSelection(new StructuredSelection(table.getElementAt(0)), true);
		}
		status.setText(NLS.bind(Messages.patronsSaved, card));
		table.getTable().setFocus();
	}

	@Override
	public void setFocus() {
		search.setFocus();
	}
}
