package org.techserv.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Content for JFace tables and trees from EMF item providers (the part of {@code emf.edit.ui} the workbench
 * needs; that bundle is not on Maven Central). Keeps the viewer in step with model changes: item providers
 * report what changed, and the viewer refreshes that element, or updates its label.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		if (adapterFactory.adapt(input, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider p) {
			return p.getElements(input).toArray();
		}
		if (input instanceof Object[] array) {
			return array;
		}
		if (input instanceof java.util.Collection<?> collection) {
			return collection.toArray();
		}
		return new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (adapterFactory.adapt(parent, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
			return p.getChildren(parent).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
			return p.getParent(element);
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
			return p.hasChildren(element);
		}
		return false;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer current = viewer;
		if (current == null || current.getControl() == null || current.getControl().isDisposed()) {
			return;
		}
		Display display = current.getControl().getDisplay();
		Runnable refresh = () -> {
			if (current.getControl().isDisposed()) {
				return;
			}
			if (notification instanceof IViewerNotification change) {
				Object element = change.getElement();
				if (change.isContentRefresh()) {
					if (element == null) {
						current.refresh(change.isLabelUpdate());
					} else {
						current.refresh(element, change.isLabelUpdate());
					}
				} else if (change.isLabelUpdate() && element != null) {
					current.update(element, null);
				}
			} else {
				current.refresh();
			}
		};
		if (display.getThread() == Thread.currentThread()) {
			refresh.run();
		} else {
			display.asyncExec(refresh);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}
}
