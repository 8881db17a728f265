package org.techserv.equipment.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.Visit;
import org.techserv.equipment.model.util.OrderWorkflow;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Party;
import org.techserv.model.edit.FieldIssue;
import org.techserv.model.edit.FieldLabels;
import org.techserv.model.edit.ModelValidation;
import org.techserv.ui.emf.FieldBinding;

/**
 * One order being edited: the model object inside the editing domain, what the store said about it when loaded
 * or last saved, the technicians and parts to choose from, and the bound fields of every page, which it refreshes
 * and checks after each change.
 */
final class OrderSession {

	private final AdapterFactoryEditingDomain domain;
	private final Resource resource;
	private final List<FieldBinding> bindings = new ArrayList<>();
	private final List<Runnable> refreshers = new ArrayList<>();
	private ServiceOrder order;
	private OrderStatus storedStatus;
	private List<Party> technicians = List.of();
	private List<SparePart> parts = List.of();
	private List<FieldIssue> issues = List.of();
	private boolean refreshing;

	OrderSession(AdapterFactoryEditingDomain domain) {
		this.domain = domain;
		this.resource = domain.getResourceSet().createResource(URI.createURI("techserv:/service-order")); //$NON-NLS-1$
	}

	AdapterFactoryEditingDomain domain() {
		return domain;
	}

	ServiceOrder order() {
		return order;
	}

	OrderStatus storedStatus() {
		return storedStatus;
	}

	List<Party> technicians() {
		return technicians;
	}

	List<SparePart> parts() {
		return parts;
	}

	List<FieldIssue> issues() {
		return issues;
	}

	/** Puts a freshly loaded order in place (first load, revert, after save); forgets the undo history. */
	void load(ServiceOrder loaded, List<Party> staff, List<SparePart> stock) {
		this.technicians = List.copyOf(staff);
		this.parts = List.copyOf(stock);
		canonical(loaded);
		resource.getContents().clear();
		resource.getContents().add(loaded);
		this.order = loaded;
		this.storedStatus = OrderWorkflow.status(loaded);
		domain.getCommandStack().flush();
	}

	/** After a save: the store's state is now the order's. */
	void saved(List<SparePart> stock) {
		this.storedStatus = OrderWorkflow.status(order);
		this.parts = List.copyOf(stock);
		canonical(order);
	}

	/** Whether the pages are being redrawn (selection events from tables then are not the user's). */
	boolean refreshing() {
		return refreshing;
	}

	void register(FieldBinding binding) {
		bindings.add(binding);
	}

	/** Something that redraws part of a page from the model (a table, a computed label). */
	void onRefresh(Runnable refresher) {
		refreshers.add(refresher);
	}

	void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** Shows the model in every bound field and table, then its problems at the fields. */
	void refresh() {
		if (refreshing) {
			return; // a table's selection set while refreshing reports back: nothing new to show
		}
		refreshing = true;
		try {
			refreshers.forEach(Runnable::run); // tables first: they settle which visit, run or line is selected
			bindings.removeIf(b -> b.control().isDisposed());
			bindings.forEach(FieldBinding::refresh);
			check();
		} finally {
			refreshing = false;
		}
	}

	/** Re-checks the order's rules and shows each problem at its field; returns them. */
	List<FieldIssue> check() {
		List<FieldIssue> found = new ArrayList<>(ModelValidation.check(order));
		String workflow = OrderWorkflow.refusal(storedStatus, order);
		if (workflow != null) {
			found.add(new FieldIssue(order, CorePackage.Literals.WORK_ITEM__STATUS,
					FieldLabels.of(order, CorePackage.Literals.WORK_ITEM__STATUS), order.getStatus(), workflow));
		}
		issues = List.copyOf(found);
		Map<String, String> byField = new HashMap<>();
		for (FieldIssue issue : issues) {
			byField.merge(key(issue.object(), issue.feature()), issue.message(), (a, b) -> a + '\n' + b);
		}
		for (FieldBinding binding : bindings) {
			binding.showProblem(byField.get(key(binding.owner(), binding.feature())));
		}
		return issues;
	}

	/** The technician of the latest visit that has one (who the order is assigned to), or null. */
	Party latestTechnician() {
		for (int i = order.getVisits().size() - 1; i >= 0; i--) {
			if (order.getVisits().get(i).getTechnician() != null) {
				return order.getVisits().get(i).getTechnician();
			}
		}
		return null;
	}

	Party technician(long id) {
		return technicians.stream().filter(t -> t.getId() == id).findFirst().orElse(null);
	}

	SparePart part(long id) {
		return parts.stream().filter(p -> p.getId() == id).findFirst().orElse(null);
	}

	private static String key(EObject object, EStructuralFeature feature) {
		return System.identityHashCode(object) + ":" + (feature == null ? "" : feature.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Points the order's references at the technicians and parts of the choice lists (same ids, full records), so a
	 * combo shows the current choice and licence checks see qualifications. Not a user change: no command.
	 */
	private void canonical(ServiceOrder target) {
		for (Visit visit : target.getVisits()) {
			replace(visit, org.techserv.equipment.model.EquipmentPackage.Literals.VISIT__TECHNICIAN);
		}
		for (DiagnosticRun run : target.getDiagnosticRuns()) {
			replace(run, org.techserv.equipment.model.EquipmentPackage.Literals.DIAGNOSTIC_RUN__PERFORMED_BY);
		}
		replace(target, CorePackage.Literals.WORK_ITEM__ASSIGNEE);
		for (RepairLine line : target.getRepairLines()) {
			if (line.getPart() != null) {
				SparePart known = part(line.getPart().getId());
				if (known != null) {
					line.setPart(known);
				}
			}
		}
	}

	private void replace(EObject owner, EReference reference) {
		if (owner.eGet(reference) instanceof Party party) {
			Party known = technician(party.getId());
			if (known != null) {
				owner.eSet(reference, known);
			}
		}
	}
}
