package org.techserv.library.ui.internal.editor;

import java.time.LocalDate;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.util.RecordTemplates;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.internal.CatalogueChanges;
import org.techserv.library.ui.internal.Services;
import org.techserv.model.edit.FieldIssue;
import org.techserv.store.ConflictException;
import org.techserv.store.StoreException;
import org.techserv.ui.emf.CommandStackActions;
import org.techserv.ui.emf.EditingDomains;

/**
 * The catalogue record editor: the MARC fields as lines, the common fields as a form, the copies, the history.
 * Every change on any page is a command on the editor's one stack (undo/redo, dirty state); Ctrl+S saves the record
 * and its copies, refusing with the rule that is broken; File &gt; Revert reads them again.
 */
public final class CatalogRecordEditor extends FormEditor implements IEditingDomainProvider {

	private RecordSession session;
	private CommandStackActions undoRedo;
	private final CommandStackListener onChange = this::commandStackChanged;
	private String notice;
	private int noticeType;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RecordEditorInput recordInput)) {
			throw new PartInitException(NLS.bind(Messages.editorWrongInput, input.getName()));
		}
		super.init(site, input);
		AdapterFactoryEditingDomain domain = EditingDomains.create();
		session = new RecordSession(domain);
		try {
			load(recordInput.id());
		} catch (StoreException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		domain.getCommandStack().addCommandStackListener(onChange);
		undoRedo = new CommandStackActions(domain);
		updateTitle();
	}

	private void load(long id) throws StoreException {
		if (id == 0) {
			session.load(RecordTemplates.book(LocalDate.now()), List.of());
			return;
		}
		LibraryStore store = Services.store();
		session.load(store.records().load(id), store.items().ofRecord(id));
	}

	@Override
	protected void addPages() {
		try {
			addPage(new MarcPage(this, session));
			addPage(new DescriptionPage(this, session));
			addPage(new ItemsPage(this, session));
			addPage(new HistoryPage(this, session));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Hooks Undo/Redo of the shared action bars to this editor's stack (the contributor calls it on activation). */
	void hookActions() {
		undoRedo.hook(getEditorSite().getActionBars());
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.domain();
	}

	public BibliographicRecord record() {
		return session.record();
	}

	/** The copies as the editor holds them now. */
	public List<Item> items() {
		return session.items();
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) session.domain().getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// one record, one row
	}

	/** Saves the record, then its changed, new and removed copies; refusals show in the header, nothing is lost. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		List<FieldIssue> issues = session.check();
		if (!issues.isEmpty()) {
			notice(NLS.bind(Messages.saveRefused, issues.get(0).message()), IMessageProvider.ERROR);
			monitor.setCanceled(true);
			return;
		}
		LibraryStore store = Services.store();
		try {
			boolean created = session.record().getId() == 0;
			store.records().save(session.record());
			if (created) {
				setInputWithNotify(new RecordEditorInput(session.record().getId(), session.record().getTitle()));
			}
			for (Item removed : session.removedItems()) {
				store.items().delete(removed);
			}
			for (Item item : session.changedItems()) {
				store.items().save(item);
			}
			session.stored(session.items());
			((BasicCommandStack) session.domain().getCommandStack()).saveIsDone();
			notice(null, IMessageProvider.NONE);
			firePropertyChange(PROP_DIRTY);
			updateTitle();
			session.refresh();
			CatalogueChanges.changed();
		} catch (ConflictException e) {
			monitor.setCanceled(true);
			if (MessageDialog.openQuestion(getSite().getShell(), Messages.conflictTitle,
					NLS.bind(Messages.conflictQuestion, e.getMessage()))) {
				revert();
			}
		} catch (StoreException e) {
			monitor.setCanceled(true);
			notice(NLS.bind(Messages.saveRefused, e.getMessage()), IMessageProvider.ERROR);
		}
	}

	/** Reads the record and its copies again, dropping unsaved changes. */
	public void revert() {
		try {
			load(session.record().getId()); // a new record, never saved, starts again from the template
			notice(null, IMessageProvider.NONE);
			firePropertyChange(PROP_DIRTY);
			session.refresh();
		} catch (StoreException e) {
			notice(e.getMessage(), IMessageProvider.ERROR);
		}
	}

	/** A sentence for the user in the header of every page (null clears it). */
	void notice(String message, int type) {
		this.notice = message;
		this.noticeType = type;
		showNotice();
	}

	void showNotice() {
		for (Object page : pages) {
			if (page instanceof IFormPage formPage) {
				IManagedForm form = formPage.getManagedForm();
				if (form != null && !form.getForm().isDisposed()) {
					form.getForm().setMessage(notice, noticeType);
				}
			}
		}
	}

	/** The header message shown now, or null (for tests). */
	public String notice() {
		return notice;
	}

	private void commandStackChanged(EventObject event) {
		Display.getDefault().asyncExec(() -> {
			if (session.record() == null || getContainer() == null || getContainer().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			session.refresh();
			updateTitle();
			if (noticeType != IMessageProvider.ERROR || session.issues().isEmpty()) {
				notice(null, IMessageProvider.NONE);
			}
		});
	}

	private void updateTitle() {
		BibliographicRecord record = session.record();
		String title = record.getTitle() != null && !record.getTitle().isBlank() ? record.getTitle()
				: record.getId() == 0 ? Messages.newRecordName : String.valueOf(record.getId());
		setPartName(title.length() > 28 ? title.substring(0, 27) + '…' : title);
		setTitleToolTip(title);
	}

	@Override
	public void dispose() {
		session.domain().getCommandStack().removeCommandStackListener(onChange);
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}
}
