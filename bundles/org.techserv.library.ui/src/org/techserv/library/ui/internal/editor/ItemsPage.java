package org.techserv.library.ui.internal.editor;

import static org.techserv.library.model.LibraryPackage.Literals.ITEM__BARCODE;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__CALL_NUMBER;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__COPY_NUMBER;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__LOCATION;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__STATUS;

import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.ui.internal.Labels;
import org.techserv.ui.emf.ComboFieldBinding;
import org.techserv.ui.emf.TextFieldBinding;
import org.techserv.ui.emf.ValueText;
import org.techserv.ui.forms.FormFields;
import org.techserv.ui.viewers.TableColumns;

/**
 * The library's copies of the record: a list, and the chosen copy's barcode, copy number, call number, location and
 * status. A new copy (Add copy) starts in processing with the record's call number and the next copy number; its
 * barcode is scanned or typed. Copies are saved with the record.
 */
final class ItemsPage extends RecordPage {

	static final String ID = "items"; //$NON-NLS-1$

	private TableViewer table;
	private Item selected;
	private Text barcode;

	ItemsPage(CatalogRecordEditor editor, RecordSession session) {
		super(editor, session, ID, Messages.pageItems);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		Composite list = fields.section(body, Messages.sectionItems, Messages.sectionItemsDescription, 1);
		table = new TableViewer(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(table.getTable(), "items.table"); //$NON-NLS-1$
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Item>add(table, Messages.columnBarcode, 150, Item::getBarcode);
		TableColumns.<Item>add(table, Messages.columnCopy, 60, i -> String.valueOf(i.getCopyNumber()));
		TableColumns.<Item>add(table, Messages.columnCallNumber, 180, Item::getCallNumber);
		TableColumns.<Item>add(table, Messages.columnLocation, 150, Item::getLocation);
		TableColumns.<Item>add(table, Messages.columnStatus, 130, i -> Labels.of(i.getStatus()));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 160).applyTo(table.getTable());
		Composite buttons = fields.toolkit().createComposite(list);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		fields.button(buttons, Messages.buttonAddCopy, "items.add").addListener(SWT.Selection, e -> addCopy()); //$NON-NLS-1$
		fields.button(buttons, Messages.buttonRemoveCopy, "items.remove").addListener(SWT.Selection, e -> removeCopy()); //$NON-NLS-1$

		var domain = session.domain();
		Composite copy = fields.section(body, Messages.sectionCopy, null);
		barcode = fields.text(copy, Messages.fieldBarcode, "item.barcode", SWT.SINGLE); //$NON-NLS-1$
		session.register(new TextFieldBinding(domain, barcode, () -> selected, ITEM__BARCODE, ValueText.text()));
		session.register(new TextFieldBinding(domain, fields.text(copy, Messages.fieldCopyNumber, "item.copy", SWT.SINGLE), //$NON-NLS-1$
				() -> selected, ITEM__COPY_NUMBER, ValueText.integer(Messages.columnCopy, false)));
		session.register(new TextFieldBinding(domain, fields.text(copy, Messages.fieldCallNumber, "item.callNumber", SWT.SINGLE), //$NON-NLS-1$
				() -> selected, ITEM__CALL_NUMBER, ValueText.text()));
		session.register(new TextFieldBinding(domain, fields.text(copy, Messages.fieldLocation, "item.location", SWT.SINGLE), //$NON-NLS-1$
				() -> selected, ITEM__LOCATION, ValueText.text()));
		ComboFieldBinding status = new ComboFieldBinding(domain, fields.combo(copy, Messages.fieldStatus, "item.status"), //$NON-NLS-1$
				() -> selected, ITEM__STATUS, v -> Labels.of((ItemStatus) v));
		status.offer(ItemStatus.VALUES);
		session.register(status);

		table.addSelectionChangedListener(e -> {
			if (!session.refreshing()) {
				selected = (Item) table.getStructuredSelection().getFirstElement();
				session.refresh();
			}
		});
		session.onRefresh(this::refreshTable);
	}


	private void refreshTable() {
		if (table.getTable().isDisposed()) {
			return;
		}
		List<Item> items = session.items();
		if (selected != null && !items.contains(selected)) {
			selected = null;
		}
		table.setInput(items);
		if (selected == null && !items.isEmpty()) {
			selected = items.get(0);
		}
		if (selected != null) {
			table.setSelection(new StructuredSelection(selected), true);
		}
	}

	private void addCopy() {
		List<Item> items = session.items();
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setRecord(session.record());
		item.setCopyNumber(items.stream().mapToInt(Item::getCopyNumber).max().orElse(0) + 1);
		item.setCallNumber(session.record().getCallNumber());
		item.setLocation(items.isEmpty() ? null : items.get(items.size() - 1).getLocation());
		item.setStatus(ItemStatus.IN_PROCESSING);
		if (session.execute(new AddCommand(session.domain(), session.contents(), item))) {
			selected = item;
			Display.getCurrent().asyncExec(() -> {
				session.refresh();
				if (!barcode.isDisposed()) {
					barcode.setFocus(); // the scanner's turn
				}
			});
		}
	}

	private void removeCopy() {
		if (selected != null) {
			session.execute(new RemoveCommand(session.domain(), session.contents(), selected));
		}
	}
}
