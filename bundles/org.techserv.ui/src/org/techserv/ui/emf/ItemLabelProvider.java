package org.techserv.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITableItemLabelProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** Labels and icons for JFace viewers from EMF item providers (text, image, and per-column text for tables). */
public class ItemLabelProvider extends LabelProvider implements ITableLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;

	/** @param owner the viewer's control; the images live as long as it */
	public ItemLabelProvider(AdapterFactory adapterFactory, Control owner) {
		this.adapterFactory = adapterFactory;
		this.images = new ItemImages(owner);
	}

	@Override
	public String getText(Object element) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p) {
			return p.getText(element);
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p) {
			return images.of(p.getImage(element));
		}
		return null;
	}

	@Override
	public String getColumnText(Object element, int column) {
		if (adapterFactory.adapt(element, ITableItemLabelProvider.class) instanceof ITableItemLabelProvider p) {
			return p.getColumnText(element, column);
		}
		return column == 0 ? getText(element) : ""; //$NON-NLS-1$
	}

	@Override
	public Image getColumnImage(Object element, int column) {
		if (adapterFactory.adapt(element, ITableItemLabelProvider.class) instanceof ITableItemLabelProvider p) {
			return images.of(p.getColumnImage(element, column));
		}
		return column == 0 ? getImage(element) : null;
	}
}
