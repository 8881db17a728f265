package org.techserv.library.ui.internal.editor;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.util.RecordTemplates;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.internal.CatalogueChanges;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.review.RecordReview;
import org.techserv.library.ui.internal.work.RecordEditorPages;
import org.techserv.model.edit.FieldIssue;
import org.techserv.store.ConflictException;
import org.techserv.store.StoreException;
import org.techserv.ui.emf.EditingDomains;
import org.techserv.ui.forms.CommandStackFormEditor;

/**
 * The catalogue record editor: the MARC fields as lines, the common fields as a form, the copies, the history.
 * Every change on any page is a command on the editor's one stack (undo/redo, dirty state); Ctrl+S saves the record
 * and its copies, refusing with the rule that is broken; File &gt; Revert reads them again.
 */
public final class CatalogRecordEditor extends CommandStackFormEditor {

	private RecordSession session;

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
		watch(domain);
		updateTitle();
		showReview(RecordReview.state(Services.store().database(), recordInput.id()));
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
			RecordEditorPages.addTo(this); // pages plug-ins contribute
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
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
			saved();
			showReview(RecordReview.afterSave(store.database(), session.record().getId(), created));
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

	/** Where the record's librarian review stands, in the header (a technician's new record is submitted on save). */
	private void showReview(RecordReview.Notice review) {
		notice(review.text(), review.type());
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

	@Override
	protected boolean showing() {
		return session.record() != null;
	}

	@Override
	protected boolean refreshAfterChange() {
		session.refresh();
		updateTitle();
		return !session.issues().isEmpty();
	}

	private void updateTitle() {
		BibliographicRecord record = session.record();
		String title = record.getTitle() != null && !record.getTitle().isBlank() ? record.getTitle()
				: record.getId() == 0 ? Messages.newRecordName : String.valueOf(record.getId());
		setPartName(title.length() > 28 ? title.substring(0, 27) + '…' : title);
		setTitleToolTip(title);
	}
}
