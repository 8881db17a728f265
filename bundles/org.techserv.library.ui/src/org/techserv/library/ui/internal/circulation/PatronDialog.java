package org.techserv.library.ui.internal.circulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.circulation.Patrons;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Party;
import org.techserv.store.StoreException;
import org.techserv.ui.emf.CheckFieldBinding;
import org.techserv.ui.emf.EditingDomains;
import org.techserv.ui.emf.FieldBinding;
import org.techserv.ui.emf.TextFieldBinding;
import org.techserv.ui.emf.ValueText;
import org.techserv.workbench.WorkbenchIds;

/**
 * A patron's name, card and contact, and whether the card is blocked and why. Every field is a command on the
 * dialog's own editing domain (Ctrl+Z and Ctrl+Y undo and redo while the dialog is open); Save stores the patron
 * through {@link Patrons#save}, and a refusal is shown with the dialog left open and nothing stored.
 */
public final class PatronDialog extends TitleAreaDialog {

	public static final String KEY_GIVEN = "patron.givenName"; //$NON-NLS-1$
	public static final String KEY_FAMILY = "patron.familyName"; //$NON-NLS-1$
	public static final String KEY_CARD = "patron.card"; //$NON-NLS-1$
	public static final String KEY_EMAIL = "patron.email"; //$NON-NLS-1$
	public static final String KEY_PHONE = "patron.phone"; //$NON-NLS-1$
	public static final String KEY_BLOCKED = "patron.blocked"; //$NON-NLS-1$
	public static final String KEY_REASON = "patron.blockReason"; //$NON-NLS-1$

	private final Patrons patrons;
	private final Party party;
	private final AdapterFactoryEditingDomain domain = EditingDomains.create();
	private final List<FieldBinding> bindings = new ArrayList<>();
	private final CommandStackListener refresher = e -> bindings.forEach(FieldBinding::refresh);
	private final Listener undoKeys = this::undoKeys;
	private Party saved;

	/** @param party a patron loaded from the store, or {@link Patrons#newPatron()} */
	public PatronDialog(Shell parent, Patrons patrons, Party party) {
		super(parent);
		this.patrons = patrons;
		this.party = party;
	}

	/** The patron as stored by Save, or null. */
	public Party saved() {
		return saved;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(party.getId() == 0 ? Messages.patronNewTitle : Messages.patronEditTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(party.getId() == 0 ? Messages.patronNewTitle : Messages.patronEditTitle);
		setMessage(Messages.patronMessage);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		Supplier<EObject> person = () -> party;
		Supplier<EObject> card = () -> Patrons.card(party);
		CorePackage core = CorePackage.eINSTANCE;
		text(form, Messages.patronGivenName, KEY_GIVEN, person, core.getPerson_GivenName(), SWT.SINGLE);
		text(form, Messages.patronFamilyName, KEY_FAMILY, person, core.getPerson_FamilyName(), SWT.SINGLE);
		text(form, Messages.patronCard, KEY_CARD, card, core.getPatronRole_Barcode(), SWT.SINGLE);
		text(form, Messages.patronEmail, KEY_EMAIL, person, core.getParty_Email(), SWT.SINGLE);
		text(form, Messages.patronPhone, KEY_PHONE, person, core.getParty_Phone(), SWT.SINGLE);
		new Label(form, SWT.NONE);
		Button blocked = new Button(form, SWT.CHECK);
		blocked.setText(Messages.patronBlocked);
		blocked.setData(WorkbenchIds.WIDGET_KEY, KEY_BLOCKED);
		bindings.add(new CheckFieldBinding(domain, blocked, card, core.getPatronRole_Blocked()));
		text(form, Messages.patronBlockReason, KEY_REASON, card, core.getPatronRole_BlockReason(),
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		domain.getCommandStack().addCommandStackListener(refresher);
		bindings.forEach(FieldBinding::refresh);
		form.getShell().addListener(SWT.Dispose, e -> domain.getCommandStack().removeCommandStackListener(refresher));
		form.getDisplay().addFilter(SWT.KeyDown, undoKeys);
		form.getShell().addListener(SWT.Dispose, e -> e.display.removeFilter(SWT.KeyDown, undoKeys));
		return area;
	}

	private void text(Composite form, String label, String key, Supplier<EObject> owner, EStructuralFeature feature,
			int style) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | style);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, (style & SWT.MULTI) != 0).hint(320, (style & SWT.MULTI) != 0 ? 60
				: SWT.DEFAULT).applyTo(text);
		bindings.add(new TextFieldBinding(domain, text, owner, feature, ValueText.text()));
	}

	/** Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo the dialog's own edits (the workbench's keys do not reach it). */
	private void undoKeys(Event event) {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed() || event.display.getActiveShell() != shell
				|| (event.stateMask & SWT.MOD1) == 0) {
			return;
		}
		int key = Character.toLowerCase(event.keyCode);
		if (key != 'z' && key != 'y') {
			return;
		}
		flushAll();
		if (key == 'z' && (event.stateMask & SWT.SHIFT) == 0 && domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
			event.doit = false;
		} else if ((key == 'y' || key == 'z') && domain.getCommandStack().canRedo()) {
			domain.getCommandStack().redo();
			event.doit = false;
		}
	}

	/**
	 * Commits what every field holds. The refresher waits meanwhile: it would show the model's value in fields not
	 * committed yet and so lose what they hold.
	 */
	private void flushAll() {
		domain.getCommandStack().removeCommandStackListener(refresher);
		try {
			bindings.forEach(FieldBinding::flush);
		} finally {
			domain.getCommandStack().addCommandStackListener(refresher);
		}
	}

	@Override
	protected void okPressed() {
		flushAll();
		try {
			saved = patrons.save(party);
			super.okPressed();
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.patronSave, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
