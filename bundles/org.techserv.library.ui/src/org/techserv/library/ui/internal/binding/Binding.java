package org.techserv.library.ui.internal.binding;

import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.ui.internal.Services;

/** The bindery on the workbench's library database. */
final class Binding {

	private Binding() {
	}

	static Bindery bindery() {
		return new Bindery(Services.store().database());
	}
}
