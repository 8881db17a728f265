package org.techserv.library.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.model.edit.FieldIssue;
import org.techserv.model.edit.ModelValidation;
import org.techserv.ui.emf.FieldBinding;

/**
 * One catalogue record being edited, with its copies: both in the editing domain's resource (so every page's
 * change is a command on one stack), the copies as they were stored (to save only what changed and delete what was
 * removed), and the pages' refreshers, which it runs after each change before checking the rules.
 */
final class RecordSession {

	/** Something a page checks beyond the model's rules (an ISBN's check digit). */
	interface Check {
		List<FieldIssue> issues(BibliographicRecord record);
	}

	private final AdapterFactoryEditingDomain domain;
	private final Resource resource;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final List<FieldBinding> bindings = new ArrayList<>();
	private final List<Check> checks = new ArrayList<>();
	private BibliographicRecord record;
	private List<Item> storedItems = List.of();
	private List<FieldIssue> issues = List.of();
	private boolean refreshing;

	RecordSession(AdapterFactoryEditingDomain domain) {
		this.domain = domain;
		this.resource = domain.getResourceSet().createResource(URI.createURI("techserv:/catalogue-record")); //$NON-NLS-1$
	}

	AdapterFactoryEditingDomain domain() {
		return domain;
	}

	BibliographicRecord record() {
		return record;
	}

	RecordEdits edits() {
		return new RecordEdits(domain, record);
	}

	/** The record's copies in the editor now (added ones included, removed ones not). */
	List<Item> items() {
		return resource.getContents().stream().filter(Item.class::isInstance).map(Item.class::cast).toList();
	}

	/** The list copies live in, for add and remove commands. */
	org.eclipse.emf.common.util.EList<EObject> contents() {
		return resource.getContents();
	}

	List<FieldIssue> issues() {
		return issues;
	}

	/** Puts a freshly loaded record and its copies in place (first load, revert, after save); forgets undo. */
	void load(BibliographicRecord loaded, List<Item> copies) {
		resource.getContents().clear();
		resource.getContents().add(loaded);
		for (Item item : copies) {
			item.setRecord(loaded);
			resource.getContents().add(item);
		}
		record = loaded;
		stored(copies);
		domain.getCommandStack().flush();
	}

	/** After a save: what the editor holds is now what the store holds. */
	void stored(List<Item> copies) {
		storedItems = copies.stream().map(EcoreUtil::copy).toList();
		for (int i = 0; i < storedItems.size(); i++) {
			storedItems.get(i).setRecord(record);
		}
	}

	/** Copies added or changed since the last save. */
	List<Item> changedItems() {
		List<Item> changed = new ArrayList<>();
		for (Item item : items()) {
			Item before = storedItems.stream().filter(s -> item.getId() != 0 && s.getId() == item.getId()).findFirst()
					.orElse(null);
			if (before == null || !EcoreUtil.equals(before, item)) {
				changed.add(item);
			}
		}
		return changed;
	}

	/** Stored copies no longer in the editor. */
	List<Item> removedItems() {
		List<Long> kept = items().stream().map(Item::getId).toList();
		return storedItems.stream().filter(s -> !kept.contains(s.getId())).toList();
	}

	boolean refreshing() {
		return refreshing;
	}

	void register(FieldBinding binding) {
		bindings.add(binding);
	}

	void onRefresh(Runnable refresher) {
		refreshers.add(refresher);
	}

	void addCheck(Check check) {
		checks.add(check);
	}

	/** Runs {@code command} on the stack when it can run; returns whether it did. */
	boolean execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
			return true;
		}
		return false;
	}

	/** Redraws every page from the model, then checks the rules. */
	void refresh() {
		if (refreshing || record == null) {
			return;
		}
		refreshing = true;
		try {
			check();
			refreshers.forEach(Runnable::run);
			bindings.removeIf(b -> b.control().isDisposed());
			bindings.forEach(FieldBinding::refresh);
		} finally {
			refreshing = false;
		}
	}

	/** The record's and copies' problems now (MARC 21 structure, required barcodes, the pages' own checks). */
	List<FieldIssue> check() {
		List<FieldIssue> found = new ArrayList<>(ModelValidation.check(record));
		for (Item item : items()) {
			found.addAll(ModelValidation.check(item));
		}
		checks.forEach(c -> found.addAll(c.issues(record)));
		issues = List.copyOf(found);
		for (FieldBinding binding : bindings) {
			binding.showProblem(problemOf(binding.owner(), binding.feature()));
		}
		return issues;
	}

	/** The problems of {@code object} (and of {@code feature}, when given), one per line; null when none. */
	String problemOf(Object object, Object feature) {
		String joined = null;
		for (FieldIssue issue : issues) {
			if (issue.object() == object && (feature == null || issue.feature() == feature)) {
				joined = joined == null ? issue.message() : joined + '\n' + issue.message();
			}
		}
		return joined;
	}
}
