package org.techserv.equipment.ui.internal.editor;

import static org.techserv.equipment.model.EquipmentPackage.Literals.REPAIR_LINE__DESCRIPTION;
import static org.techserv.equipment.model.EquipmentPackage.Literals.REPAIR_LINE__LABOUR_HOURS;
import static org.techserv.equipment.model.EquipmentPackage.Literals.REPAIR_LINE__QUANTITY;
import static org.techserv.equipment.model.EquipmentPackage.Literals.SERVICE_ORDER__REPAIR_LINES;

import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.techserv.ui.forms.FormFields;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.ui.emf.TextFieldBinding;
import org.techserv.ui.emf.ValueText;

/**
 * Repair and parts: the parts taken (they leave stock when the order is saved; a save that would take more than is
 * on the shelf is refused) and the labour hours.
 */
final class RepairPage extends OrderPage {

	static final String ID = "repair"; //$NON-NLS-1$

	private TableViewer lines;
	private RepairLine line;

	RepairPage(ServiceOrderEditor editor, OrderSession session) {
		super(editor, session, ID, Messages.pageRepair);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		var domain = session.domain();
		Composite take = fields.section(body, Messages.sectionTakePart, Messages.sectionTakePartDescription);
		Combo part = fields.combo(take, Messages.fieldPart, "repair.part"); //$NON-NLS-1$
		Text quantity = fields.text(take, Messages.fieldQuantity, "repair.quantity", SWT.SINGLE); //$NON-NLS-1$
		quantity.setText("1"); //$NON-NLS-1$
		fields.toolkit().createLabel(take, ""); //$NON-NLS-1$
		Button add = fields.button(take, Messages.buttonAddLine, "repair.add"); //$NON-NLS-1$
		add.addListener(SWT.Selection, e -> {
			int index = part.getSelectionIndex();
			if (index < 0) {
				return;
			}
			int count;
			try {
				count = Integer.parseInt(quantity.getText().strip());
			} catch (NumberFormatException ex) {
				editor.notice(NLS.bind(Messages.quantityNotANumber, quantity.getText()),
						org.eclipse.jface.dialogs.IMessageProvider.ERROR);
				return;
			}
			SparePart chosen = session.parts().get(index);
			RepairLine created = EquipmentFactory.eINSTANCE.createRepairLine();
			created.setPart(chosen);
			created.setQuantity(count);
			created.setDescription(chosen.getName());
			line = created;
			session.execute(AddCommand.create(domain, session.order(), SERVICE_ORDER__REPAIR_LINES, created));
		});

		Composite taken = fields.section(body, Messages.sectionLines, null);
		lines = new TableViewer(taken, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(lines.getTable(), "repair.lines"); //$NON-NLS-1$
		lines.setContentProvider(ArrayContentProvider.getInstance());
		VisitsPage.column(lines, Messages.columnPart, 140, l -> ((RepairLine) l).getPart() == null ? "" : ((RepairLine) l).getPart().getPartNumber()); //$NON-NLS-1$
		VisitsPage.column(lines, Messages.columnQuantity, 70, l -> String.valueOf(((RepairLine) l).getQuantity()));
		VisitsPage.column(lines, Messages.columnLabour, 90, l -> String.valueOf(((RepairLine) l).getLabourHours()));
		VisitsPage.column(lines, Messages.columnDescription, 300, l -> ((RepairLine) l).getDescription() == null ? "" : ((RepairLine) l).getDescription()); //$NON-NLS-1$
		VisitsPage.column(lines, Messages.columnOnHand, 90, l -> onHand((RepairLine) l));
		lines.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).span(2, 1).applyTo(lines.getTable());
		lines.addSelectionChangedListener(e -> {
			if (session.refreshing()) {
				return;
			}
			RepairLine chosen = (RepairLine) ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (chosen != line) {
				line = chosen;
				editor.select(chosen);
				session.refresh();
			}
		});
		session.register(new TextFieldBinding(domain, fields.text(taken, Messages.fieldQuantity, "line.quantity", SWT.SINGLE), //$NON-NLS-1$
				() -> line, REPAIR_LINE__QUANTITY, ValueText.integer(Messages.fieldQuantity, false)));
		session.register(new TextFieldBinding(domain, fields.text(taken, Messages.fieldLabour, "line.labour", SWT.SINGLE), //$NON-NLS-1$
				() -> line, REPAIR_LINE__LABOUR_HOURS, ValueText.decimal(Messages.fieldLabour, false)));
		session.register(new TextFieldBinding(domain,
				fields.text(taken, Messages.fieldDescription, "line.description", SWT.SINGLE), () -> line, //$NON-NLS-1$
				REPAIR_LINE__DESCRIPTION, ValueText.text()));
		fields.toolkit().createLabel(taken, ""); //$NON-NLS-1$
		Button remove = fields.button(taken, Messages.buttonRemoveLine, "repair.remove"); //$NON-NLS-1$
		remove.addListener(SWT.Selection, e -> {
			if (line != null) {
				session.execute(RemoveCommand.create(domain, session.order(), SERVICE_ORDER__REPAIR_LINES, line));
			}
		});
		Label totals = fields.value(taken, Messages.fieldTotals, "repair.totals"); //$NON-NLS-1$

		session.onRefresh(() -> {
			if (lines.getTable().isDisposed()) {
				return;
			}
			List<SparePart> parts = session.parts();
			String[] items = parts.stream().map(p -> NLS.bind(Messages.partChoice,
					new Object[] { p.getPartNumber(), p.getName(), p.getOnHand() })).toArray(String[]::new);
			if (!List.of(part.getItems()).equals(List.of(items))) {
				int index = part.getSelectionIndex();
				part.setItems(items);
				if (index >= 0 && index < items.length) {
					part.select(index);
				}
			}
			List<RepairLine> all = session.order().getRepairLines();
			if (line != null && !all.contains(line)) {
				line = null;
			}
			lines.setInput(all.toArray());
			if (line != null) {
				lines.setSelection(new StructuredSelection(line), true);
			}
			int pieces = all.stream().mapToInt(RepairLine::getQuantity).sum();
			double hours = all.stream().mapToDouble(RepairLine::getLabourHours).sum();
			totals.setText(NLS.bind(Messages.repairTotals, pieces, hours));
			taken.layout();
		});
	}

	@Override
	void reloaded() {
		line = null;
	}

	/** On the shelf as of the last save or load. */
	private String onHand(RepairLine l) {
		if (l.getPart() == null) {
			return ""; //$NON-NLS-1$
		}
		SparePart known = session.part(l.getPart().getId());
		return known == null ? "" : String.valueOf(known.getOnHand()); //$NON-NLS-1$
	}
}
