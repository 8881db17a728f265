package org.techserv.workbench.internal.database;

import java.util.function.Consumer;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.techserv.store.DatabaseSettings;
import org.techserv.workbench.WorkbenchIds;
import org.techserv.workbench.internal.database.DatabaseState.Snapshot;

/** Status line field telling which database the workbench uses and whether it is open. */
public final class DatabaseStatusItem extends ContributionItem {

	public static final String ID = "org.techserv.workbench.status.database"; //$NON-NLS-1$

	private CLabel label;
	private final Consumer<Snapshot> listener = this::update;

	public DatabaseStatusItem() {
		super(ID);
	}

	@Override
	public void fill(Composite parent) {
		label = new CLabel(parent, SWT.SHADOW_NONE);
		label.setData(WorkbenchIds.WIDGET_KEY, ID);
		label.setLayoutData(new StatusLineLayoutData());
		((StatusLineLayoutData) label.getLayoutData()).widthHint = 280;
		DatabaseState.get().addListener(listener);
		label.addDisposeListener(e -> DatabaseState.get().removeListener(listener));
		show(DatabaseState.get().current());
	}

	private void update(Snapshot snapshot) {
		Display display = label == null || label.isDisposed() ? null : label.getDisplay();
		if (display != null) {
			display.asyncExec(() -> show(snapshot));
		}
	}

	private void show(Snapshot snapshot) {
		if (label == null || label.isDisposed()) {
			return;
		}
		if (snapshot == null || snapshot.settings() == null) {
			label.setText(snapshot == null ? Messages.statusOpening : Messages.statusFailed);
			label.setToolTipText(snapshot == null ? null : snapshot.message());
			return;
		}
		String kind = snapshot.settings().mode() == DatabaseSettings.Mode.EMBEDDED ? Messages.statusEmbedded
				: Messages.statusServer;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		switch (snapshot.phase()) {
		case OPENING -> {
			label.setText(NLS.bind(Messages.statusOpeningKind, kind));
			label.setImage(null);
			label.setToolTipText(snapshot.settings().location());
		}
		case READY -> {
			label.setText(NLS.bind(Messages.statusReady, kind));
			label.setImage(null);
			label.setToolTipText(snapshot.settings().location());
		}
		case FAILED -> {
			label.setText(Messages.statusFailed);
			label.setImage(images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
			label.setToolTipText(snapshot.message());
		}
		}
	}
}
