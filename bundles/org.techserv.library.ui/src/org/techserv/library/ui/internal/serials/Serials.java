package org.techserv.library.ui.internal.serials;

import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.ui.internal.Services;

/** The serials store on the workbench's library database. */
final class Serials {

	private Serials() {
	}

	static SerialsStore store() {
		return new SerialsStore(Services.store().database());
	}
}
