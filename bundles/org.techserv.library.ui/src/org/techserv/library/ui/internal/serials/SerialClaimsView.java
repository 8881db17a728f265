package org.techserv.library.ui.internal.serials;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.serials.store.ClaimLetters;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * Serial Claims: the late issues that may be claimed today, by vendor. The technician unchecks what should wait,
 * then confirms: only then are the claims counted (next claim date set) and the letters written, a letter per
 * vendor in one PDF.
 */
public final class SerialClaimsView extends ViewPart {

	private CheckboxTableViewer claims;
	private Text file;
	private Label status;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		claims = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		claims.getTable().setHeaderVisible(true);
		claims.getTable().setLinesVisible(true);
		claims.getTable().setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_CLAIMS);
		claims.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<SerialIssue>add(claims, Messages.columnVendor, 200, SerialIssue::vendor);
		TableColumns.<SerialIssue>add(claims, Messages.columnTitle, 260, SerialIssue::title);
		TableColumns.<SerialIssue>add(claims, Messages.columnIssue, 200, SerialIssue::label);
		TableColumns.<SerialIssue>add(claims, Messages.columnExpected, 90, i -> String.valueOf(i.expected()));
		TableColumns.<SerialIssue>add(claims, Messages.columnClaims, 60, i -> String.valueOf(i.claimCount()));
		TableColumns.<SerialIssue>add(claims, Messages.columnLastClaim, 90,
				i -> i.lastClaim() == null ? "" : String.valueOf(i.lastClaim())); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(claims.getTable());

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.claimFileLabel);
		file = new Text(bar, SWT.BORDER);
		file.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_CLAIM_FILE);
		file.setText(Path.of(System.getProperty("user.home"), "claims-" + LocalDate.now() + ".pdf").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button confirm = new Button(bar, SWT.PUSH);
		confirm.setText(Messages.claimConfirm);
		confirm.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_CLAIM_CONFIRM);
		confirm.addListener(SWT.Selection, e -> confirm());
		Button refresh = new Button(bar, SWT.PUSH);
		refresh.setText(Messages.refresh);
		refresh.addListener(SWT.Selection, e -> refresh());

		status = new Label(parent, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_CLAIM_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		refresh();
	}

	void refresh() {
		try {
			List<SerialIssue> claimable = new ArrayList<>();
			Serials.store().claims().review(LocalDate.now()).values().forEach(claimable::addAll);
			claims.setInput(claimable);
			claims.setAllChecked(true);
			say(NLS.bind(Messages.claimCount, claimable.size()), false);
		} catch (StoreException | IllegalStateException e) {
			say(e.getMessage(), true);
		}
	}

	private void confirm() {
		List<SerialIssue> checked = new ArrayList<>();
		for (Object element : claims.getCheckedElements()) {
			checked.add((SerialIssue) element);
		}
		if (checked.isEmpty()) {
			say(Messages.claimNothingChecked, true);
			return;
		}
		Path pdf = Path.of(file.getText().strip());
		Map<String, List<SerialIssue>> claimed;
		try {
			claimed = Serials.store().claims().confirm(checked, LocalDate.now());
		} catch (StoreException e) {
			say(e.getMessage(), true);
			return;
		}
		try {
			ClaimLetters.write(claimed, LocalDate.now(), pdf);
			int count = claimed.values().stream().mapToInt(List::size).sum();
			refresh();
			say(NLS.bind(Messages.claimDone, new Object[] { count, claimed.size(), pdf }), false);
		} catch (IOException | RuntimeException e) {
			refresh();
			say(NLS.bind(Messages.claimLettersFailed, pdf, e.getMessage()), true);
		}
	}

	private void say(String text, boolean refused) {
		status.setText(text == null ? "" : text); //$NON-NLS-1$
		status.setForeground(refused ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	@Override
	public void setFocus() {
		claims.getTable().setFocus();
	}
}
