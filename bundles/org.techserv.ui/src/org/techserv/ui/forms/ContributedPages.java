package org.techserv.ui.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.techserv.ui.internal.work.Messages;
import org.techserv.work.WorkQueues;

/**
 * Reads pages contributed to an editor's extension point ({@code <page id name class/>}) and makes them form pages
 * of that editor. A contribution without id, name or class, with an id a page of a bundle sorting earlier has, or
 * whose class cannot be created as a {@link ContributedEditorPage} is left out and reported, naming bundle and
 * page; the editor opens with the others.
 */
public final class ContributedPages {

	/**
	 * One valid contribution.
	 *
	 * @param id          unique among the editor's contributed pages
	 * @param name        the page's tab text
	 * @param contributor the contributing bundle
	 * @param element     where the class comes from
	 */
	public record Contribution(String id, String name, String contributor, IConfigurationElement element) {

		/** A new instance of the page class. */
		public ContributedEditorPage create() throws CoreException {
			Object page = element.createExecutableExtension("class"); //$NON-NLS-1$
			if (page instanceof ContributedEditorPage contributed) {
				return contributed;
			}
			throw new CoreException(Status.error(NLS.bind(Messages.pageWrongType, element.getAttribute("class"), //$NON-NLS-1$
					ContributedEditorPage.class.getName())));
		}
	}

	/**
	 * What reading an extension point found.
	 *
	 * @param pages    the valid contributions, in registry order
	 * @param problems one sentence per contribution left out
	 */
	public record Reading(List<Contribution> pages, List<String> problems) {
	}

	private ContributedPages() {
	}

	public static Reading read(IExtensionRegistry registry, String extensionPoint) {
		List<Contribution> pages = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : WorkQueues.byContributor(registry.getConfigurationElementsFor(extensionPoint))) {
			if (!"page".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String bundle = element.getContributor().getName();
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String problem = null;
			for (String attribute : List.of("id", "name", "class")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String value = element.getAttribute(attribute);
				if (problem == null && (value == null || value.isBlank())) {
					problem = NLS.bind(Messages.pageMissing, attribute);
				}
			}
			if (problem == null && !ids.add(id.strip())) {
				problem = NLS.bind(Messages.pageDuplicate, id);
			}
			if (problem != null) {
				problems.add(NLS.bind(Messages.pageLeftOut, new Object[] { bundle, id, problem }));
				continue;
			}
			pages.add(new Contribution(id.strip(), element.getAttribute("name").strip(), bundle, element)); //$NON-NLS-1$
		}
		return new Reading(List.copyOf(pages), List.copyOf(problems));
	}

	/**
	 * Adds the pages contributed to {@code extensionPoint} to {@code editor}, after its own pages: they change what
	 * {@code edited} gives (asked again on each use) on the editor's command stack and speak in its header.
	 */
	public static void addTo(CommandStackFormEditor editor, String extensionPoint, Supplier<EObject> edited)
			throws PartInitException {
		EditorPageContext context = new EditorPageContext() {
			@Override
			public EditingDomain editingDomain() {
				return editor.getEditingDomain();
			}

			@Override
			public EObject edited() {
				return edited.get();
			}

			@Override
			public void notice(String message, int type) {
				editor.notice(message, type);
			}
		};
		for (FormPage page : create(editor, extensionPoint, context)) {
			editor.addPage(page);
		}
	}

	/**
	 * The form pages of the pages contributed to {@code extensionPoint}, for {@code editor}'s {@code addPages}.
	 * Problems go to the error log.
	 */
	public static List<FormPage> create(FormEditor editor, String extensionPoint, EditorPageContext context) {
		Reading reading = read(Platform.getExtensionRegistry(), extensionPoint);
		ILog log = ILog.of(ContributedPages.class);
		reading.problems().forEach(problem -> log.log(Status.warning(problem)));
		List<FormPage> pages = new ArrayList<>();
		for (Contribution contribution : reading.pages()) {
			try {
				pages.add(new ContributedFormPage(editor, contribution, contribution.create(), context));
			} catch (CoreException | RuntimeException e) {
				log.log(Status.warning(NLS.bind(Messages.pageLeftOut, new Object[] { contribution.contributor(),
						contribution.id(), e instanceof CoreException core ? core.getStatus().getMessage()
								: e.toString() }),
						e));
			}
		}
		return pages;
	}
}
