package org.techserv.store.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** The demo data contributed to {@value #EXTENSION_POINT}, in their order. */
public final class DemoDataRegistry {

	public static final String EXTENSION_POINT = "org.techserv.store.demoData"; //$NON-NLS-1$

	/**
	 * One contribution.
	 *
	 * @param name  what it adds, for the user ("Equipment shop")
	 * @param order contributions run in ascending order
	 * @param data  the contributor
	 */
	public record Contribution(String name, int order, DemoData data) {
	}

	private DemoDataRegistry() {
	}

	public static List<Contribution> read(IExtensionRegistry registry) throws CoreException {
		List<Contribution> contributions = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("demoData".equals(element.getName())) { //$NON-NLS-1$
				DemoData data = (DemoData) element.createExecutableExtension("class"); //$NON-NLS-1$
				String order = element.getAttribute("order"); //$NON-NLS-1$
				contributions.add(new Contribution(element.getAttribute("name"), //$NON-NLS-1$
						order == null ? 100 : Integer.parseInt(order.strip()), data));
			}
		}
		contributions.sort(Comparator.comparingInt(Contribution::order));
		return contributions;
	}
}
