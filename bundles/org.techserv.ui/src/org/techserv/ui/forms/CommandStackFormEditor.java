package org.techserv.ui.forms;

import java.util.EventObject;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.techserv.ui.emf.CommandStackActions;

/**
 * A form editor whose pages change one model through one editing domain: dirty while the command stack has unsaved
 * commands, Undo and Redo of the workbench bound to that stack, and one sentence for the user in the header of
 * every page (a refusal, a conflict). Subclasses load and save; after each command they refresh their pages.
 */
public abstract class CommandStackFormEditor extends FormEditor implements IEditingDomainProvider {

	private CommandStackActions undoRedo;
	private final CommandStackListener onChange = this::commandStackChanged;
	private String notice;
	private int noticeType;

	/** Call once the domain exists (in {@code init}). */
	protected final void watch(EditingDomain domain) {
		domain.getCommandStack().addCommandStackListener(onChange);
		undoRedo = new CommandStackActions(domain);
	}

	/** Hooks Undo/Redo of the shared action bars to this editor's stack (the contributor calls it on activation). */
	public final void hookActions() {
		undoRedo.hook(getEditorSite().getActionBars());
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) getEditingDomain().getCommandStack()).isSaveNeeded();
	}

	/** Marks what the editor holds as saved. */
	protected final void saved() {
		((BasicCommandStack) getEditingDomain().getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// one record, one row: nothing to save as
	}

	/** A sentence for the user in the header of every page (null clears it). */
	public final void notice(String message, int type) {
		this.notice = message;
		this.noticeType = type;
		showNotice();
	}

	/** Shows the current sentence on every page that has its form (pages are created lazily). */
	public final void showNotice() {
		for (Object page : pages) {
			if (page instanceof IFormPage formPage) {
				IManagedForm form = formPage.getManagedForm();
				if (form != null && !form.getForm().isDisposed()) {
					form.getForm().setMessage(notice, noticeType);
				}
			}
		}
	}

	/** The header sentence shown now, or null (for tests). */
	public final String notice() {
		return notice;
	}

	/** Whether an error is shown in the header now. */
	protected final boolean showsError() {
		return noticeType == IMessageProvider.ERROR;
	}

	/** Whether the editor still has a model and widgets to show it in. */
	protected abstract boolean showing();

	/** Redraws the pages after a command and re-checks the rules; returns whether problems remain. */
	protected abstract boolean refreshAfterChange();

	private void commandStackChanged(EventObject event) {
		Display.getDefault().asyncExec(() -> {
			if (!showing() || getContainer() == null || getContainer().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			boolean problems = refreshAfterChange();
			if (!showsError() || !problems) {
				notice(null, IMessageProvider.NONE);
			}
		});
	}

	@Override
	public void dispose() {
		if (getEditingDomain() != null) {
			getEditingDomain().getCommandStack().removeCommandStackListener(onChange);
		}
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}
}
