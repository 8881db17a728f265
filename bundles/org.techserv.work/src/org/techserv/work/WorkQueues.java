package org.techserv.work;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.StoreException;
import org.techserv.work.internal.Messages;

/**
 * The work-queue providers contributed to {@value #EXTENSION_POINT}, and the merged queue they make. Broken
 * contributions are left out and reported, naming bundle and provider; a provider that fails while listing is
 * reported too, and the others' work is still shown.
 */
public final class WorkQueues {

	public static final String EXTENSION_POINT = "org.techserv.work.providers"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$
	static final String OPENER = "opener"; //$NON-NLS-1$
	private static final String PROVIDER = "provider"; //$NON-NLS-1$

	/**
	 * The queue's order: due first (a day without a time after that day's timed entries, no due date last), then
	 * the more urgent first, then by number.
	 */
	public static final Comparator<WorkEntry> ORDER = Comparator
			.comparing(WorkEntry::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(WorkEntry::dueTime, Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
			.thenComparing(WorkEntry::priority, Comparator.reverseOrder())
			.thenComparing(WorkEntry::number).thenComparing(WorkEntry::title);

	/**
	 * What reading the extension point found.
	 *
	 * @param providers the valid contributions, in registry order
	 * @param problems  one sentence per contribution left out
	 */
	public record Reading(List<ContributedProvider> providers, List<String> problems) {
	}

	/**
	 * One refresh of the queue.
	 *
	 * @param entries  every provider's entries in {@link #ORDER}
	 * @param problems one sentence per provider that could not list its work
	 */
	public record Collected(List<QueuedEntry> entries, List<String> problems) {
	}

	private WorkQueues() {
	}

	/** The valid installed providers; problems go to the error log. */
	public static List<ContributedProvider> installed() {
		Reading reading = read(Platform.getExtensionRegistry());
		ILog log = ILog.of(WorkQueues.class);
		reading.problems().forEach(problem -> log.log(Status.warning(problem)));
		return reading.providers();
	}

	public static Reading read(IExtensionRegistry registry) {
		List<ContributedProvider> providers = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : byContributor(registry.getConfigurationElementsFor(EXTENSION_POINT))) {
			if (!PROVIDER.equals(element.getName())) {
				continue;
			}
			String bundle = element.getContributor().getName();
			try {
				String id = required(element, "id"); //$NON-NLS-1$
				String name = required(element, "name"); //$NON-NLS-1$
				required(element, CLASS);
				required(element, OPENER);
				if (!ids.add(id)) {
					throw new IllegalArgumentException(NLS.bind(Messages.duplicateId, id));
				}
				providers.add(new ContributedProvider(id, name, bundle, element));
			} catch (IllegalArgumentException e) {
				problems.add(NLS.bind(Messages.leftOut, new Object[] { bundle, element.getAttribute("id"), //$NON-NLS-1$
						e.getMessage() }));
			}
		}
		return new Reading(List.copyOf(providers), List.copyOf(problems));
	}

	/**
	 * Asks every provider for its entries and merges them in {@link #ORDER}. A provider that cannot be created or
	 * fails is named in the problems (and logged); it never hides the others' work.
	 */
	public static Collected collect(List<ContributedProvider> providers, WorkQuery query) {
		List<QueuedEntry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (ContributedProvider contributed : providers) {
			try {
				for (WorkEntry entry : contributed.provider().entries(query)) {
					entries.add(new QueuedEntry(entry, contributed));
				}
			} catch (CoreException e) {
				String problem = NLS.bind(Messages.notCreated, new Object[] { contributed.name(),
						contributed.contributor(), e.getStatus().getMessage() });
				problems.add(problem);
				ILog.of(WorkQueues.class).log(Status.warning(problem, e));
			} catch (StoreException | RuntimeException e) {
				String problem = NLS.bind(Messages.failed, contributed.name(), String.valueOf(e.getMessage()));
				problems.add(problem);
				ILog.of(WorkQueues.class).log(Status.warning(problem, e));
			}
		}
		entries.sort(Comparator.comparing(QueuedEntry::entry, ORDER));
		return new Collected(List.copyOf(entries), List.copyOf(problems));
	}

	/**
	 * The elements ordered by contributing bundle (stable within a bundle), so that of two contributions with one id
	 * the same one is kept on every start: the registry's own order follows installation order.
	 */
	public static List<IConfigurationElement> byContributor(IConfigurationElement[] elements) {
		List<IConfigurationElement> sorted = new ArrayList<>(List.of(elements));
		sorted.sort(Comparator.comparing(e -> e.getContributor().getName()));
		return sorted;
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(NLS.bind(Messages.missingAttribute, attribute));
		}
		return value.strip();
	}
}
