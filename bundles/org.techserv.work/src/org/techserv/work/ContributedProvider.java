package org.techserv.work;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.techserv.work.internal.Messages;

/**
 * A work-queue provider as contributed: its id, name and contributing bundle, with the provider class and the
 * opener class created on first use (so a domain bundle starts only when its work is listed).
 */
public final class ContributedProvider {

	private final String id;
	private final String name;
	private final String contributor;
	private final IConfigurationElement element;
	private WorkQueueProvider provider;
	private Object opener;

	ContributedProvider(String id, String name, String contributor, IConfigurationElement element) {
		this.id = id;
		this.name = name;
		this.contributor = contributor;
		this.element = element;
	}

	public String id() {
		return id;
	}

	/** What the provider lists, e.g. "Service orders and visits"; for messages about it. */
	public String name() {
		return name;
	}

	/** The symbolic name of the bundle that contributed it. */
	public String contributor() {
		return contributor;
	}

	/** The provider, created once. */
	public synchronized WorkQueueProvider provider() throws CoreException {
		if (provider == null) {
			provider = create(WorkQueues.CLASS, WorkQueueProvider.class);
		}
		return provider;
	}

	/**
	 * The opener (attribute {@code opener}), created once. The work queue itself knows no UI; the view asks for
	 * the type it calls ({@code org.techserv.ui.work.WorkEntryOpener}).
	 */
	public synchronized <T> T opener(Class<T> type) throws CoreException {
		if (opener == null) {
			opener = create(WorkQueues.OPENER, type);
		}
		return type.cast(opener);
	}

	private <T> T create(String attribute, Class<T> type) throws CoreException {
		Object created = element.createExecutableExtension(attribute);
		if (!type.isInstance(created)) {
			throw new CoreException(Status.error(NLS.bind(Messages.wrongType,
					new Object[] { element.getAttribute(attribute), attribute, type.getName() })));
		}
		return type.cast(created);
	}

	@Override
	public String toString() {
		return id + " (" + contributor + ')'; //$NON-NLS-1$
	}
}
