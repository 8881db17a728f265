package org.techserv.library.ui.internal.circulation;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.LoanRules;
import org.techserv.store.StoreException;
import org.techserv.workbench.WorkbenchIds;

/** The loan rules, read from the store and saved there on OK; a refusal is shown and the dialog stays open. */
public final class LoanRulesDialog extends TitleAreaDialog {

	public static final String KEY_LOAN_DAYS = "loanRules.loanDays"; //$NON-NLS-1$
	public static final String KEY_RENEWALS = "loanRules.renewals"; //$NON-NLS-1$
	public static final String KEY_MAX_ITEMS = "loanRules.maxItems"; //$NON-NLS-1$

	private final Circulation circulation;
	private Spinner loanDays;
	private Spinner renewals;
	private Spinner maxItems;

	public LoanRulesDialog(Shell parent, Circulation circulation) {
		super(parent);
		this.circulation = circulation;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.rulesTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.rulesTitle);
		setMessage(Messages.rulesMessage);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		loanDays = spinner(form, Messages.rulesLoanDays, KEY_LOAN_DAYS, 1, 365);
		renewals = spinner(form, Messages.rulesRenewals, KEY_RENEWALS, 0, 99);
		maxItems = spinner(form, Messages.rulesMaxItems, KEY_MAX_ITEMS, 1, 999);
		try {
			LoanRules rules = circulation.rules();
			loanDays.setSelection(rules.loanDays());
			renewals.setSelection(rules.renewals());
			maxItems.setSelection(rules.maxItems());
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
		return area;
	}

	@Override
	protected void okPressed() {
		try {
			circulation.saveRules(new LoanRules(loanDays.getSelection(), renewals.getSelection(),
					maxItems.getSelection()));
			super.okPressed();
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.rulesSave, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private static Spinner spinner(Composite form, String label, String key, int min, int max) {
		new Label(form, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(form, SWT.BORDER);
		spinner.setData(WorkbenchIds.WIDGET_KEY, key);
		spinner.setValues(min, min, max, 0, 1, 10);
		GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(spinner);
		return spinner;
	}
}
