package org.techserv.ui.emf;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/** The editing domain an editor or view works through: one command stack, item providers of every model. */
public final class EditingDomains {

	private EditingDomains() {
	}

	/**
	 * A domain over every registered item provider factory (each model's edit bundle registers its own), with a
	 * fresh command stack. Dispose the adapter factory with the part.
	 */
	public static AdapterFactoryEditingDomain create() {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		return new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
	}
}
