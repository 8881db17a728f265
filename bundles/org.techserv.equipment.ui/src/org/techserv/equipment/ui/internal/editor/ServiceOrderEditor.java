package org.techserv.equipment.ui.internal.editor;

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
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.store.EquipmentStore;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.equipment.ui.internal.work.OrderEditorPages;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Party;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.edit.FieldIssue;
import org.techserv.store.ConflictException;
import org.techserv.store.StoreException;
import org.techserv.ui.emf.EditingDomains;
import org.techserv.ui.forms.CommandStackFormEditor;

/**
 * The service order editor: one order, its pages (overview, visits and dispatch, diagnostics, repair and parts,
 * training, history), every change a command on its own stack (undo/redo, dirty state), saved to the store as
 * one record (Ctrl+S), reverted from it (File &gt; Revert).
 */
public final class ServiceOrderEditor extends CommandStackFormEditor {

	private OrderSession session;
	private final EditorSelection selection = new EditorSelection();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ServiceOrderEditorInput orderInput)) {
			throw new PartInitException(NLS.bind(Messages.editorWrongInput, input.getName()));
		}
		super.init(site, input);
		AdapterFactoryEditingDomain domain = EditingDomains.create();
		session = new OrderSession(domain);
		try {
			session.load(store().orders().load(orderInput.id()), technicians(), store().parts().all());
		} catch (StoreException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		watch(domain);
		site.setSelectionProvider(selection);
		selection.select(session.order());
		updateTitle();
	}

	@Override
	protected void addPages() {
		try {
			addPage(new OverviewPage(this, session));
			addPage(new VisitsPage(this, session));
			addPage(new DiagnosticsPage(this, session));
			addPage(new RepairPage(this, session));
			addPage(new TrainingPage(this, session));
			addPage(new HistoryPage(this, session));
			OrderEditorPages.addTo(this); // pages plug-ins contribute
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.domain();
	}

	public ServiceOrder order() {
		return session.order();
	}

	/** Saves the order as one record; refusals show in the header and nothing is lost from the editor. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		ServiceOrder order = session.order();
		List<FieldIssue> issues = session.check();
		if (!issues.isEmpty()) {
			notice(NLS.bind(Messages.saveRefused, issues.get(0).message()), IMessageProvider.ERROR);
			monitor.setCanceled(true);
			return;
		}
		Party assignee = session.latestTechnician();
		if (assignee != null && order.getAssignee() != assignee) {
			order.eSet(CorePackage.Literals.WORK_ITEM__ASSIGNEE, assignee); // follows the visits; not a user edit
		}
		try {
			store().orders().save(order);
			List<SparePart> stock = store().parts().all();
			session.saved(stock);
			saved();
			notice(null, IMessageProvider.NONE);
			updateTitle();
			session.refresh();
			OrderChanges.changed(order.getId());
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

	/** Reads the order again from the store, dropping unsaved changes. */
	public void revert() {
		try {
			session.load(store().orders().load(session.order().getId()), technicians(), store().parts().all());
			notice(null, IMessageProvider.NONE);
			firePropertyChange(PROP_DIRTY);
			session.refresh();
			for (Object page : pages) {
				if (page instanceof OrderPage orderPage) {
					orderPage.reloaded();
				}
			}
		} catch (StoreException e) {
			notice(e.getMessage(), IMessageProvider.ERROR);
		}
	}

	/** Shows {@code object} (a visit, a run, a step, a line; null for the order) in the Properties view. */
	void select(Object object) {
		selection.select(object == null ? session.order() : object);
	}

	@Override
	protected boolean showing() {
		return session.order() != null;
	}

	@Override
	protected boolean refreshAfterChange() {
		session.refresh();
		return !session.issues().isEmpty();
	}

	private void updateTitle() {
		ServiceOrder order = session.order();
		setPartName(order.getNumber());
		setTitleToolTip(order.getNumber() + " – " + order.getTitle()); //$NON-NLS-1$
	}

	static EquipmentStore store() {
		return Services.store();
	}

	private static List<Party> technicians() throws StoreException {
		return Services.parties().staff(StaffFunction.TECHNICIAN);
	}
}
