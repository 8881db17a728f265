package org.techserv.equipment.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.store.StoreException;

/** Spare parts on the shelf; those at or below their reorder level are marked. */
public final class PartsStockView extends RecordTableView<SparePart> {

	@Override
	protected List<SparePart> load() throws StoreException {
		return Services.store().parts().all();
	}

	@Override
	protected void columns() {
		column(Messages.columnPart, 140, SparePart::getPartNumber);
		column(Messages.columnDescription, 260, SparePart::getName);
		column(Messages.columnOnHand, 80, p -> String.valueOf(p.getOnHand()),
				p -> p.getOnHand() <= p.getReorderLevel() ? Display.getCurrent().getSystemColor(SWT.COLOR_YELLOW) : null);
		column(Messages.columnReorderLevel, 90, p -> String.valueOf(p.getReorderLevel()));
		column(Messages.columnStockState, 160, p -> p.getOnHand() <= p.getReorderLevel() ? Messages.stockReorder : ""); //$NON-NLS-1$
	}

	@Override
	protected String searchText(SparePart p) {
		return p.getPartNumber() + ' ' + p.getName();
	}

	@Override
	protected String key() {
		return "parts"; //$NON-NLS-1$
	}
}
