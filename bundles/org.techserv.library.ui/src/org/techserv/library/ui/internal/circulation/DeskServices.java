package org.techserv.library.ui.internal.circulation;

import org.eclipse.ui.services.IServiceLocator;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.Patrons;
import org.techserv.library.circulation.ReferenceDesk;

/** The circulation services (OSGi, through the workbench's context) of the view asking. */
public final class DeskServices {

	private DeskServices() {
	}

	public static Circulation circulation(IServiceLocator site) {
		return required(site.getService(Circulation.class));
	}

	public static Patrons patrons(IServiceLocator site) {
		return required(site.getService(Patrons.class));
	}

	public static ReferenceDesk referenceDesk(IServiceLocator site) {
		return required(site.getService(ReferenceDesk.class));
	}

	private static <T> T required(T service) {
		if (service == null) {
			throw new IllegalStateException(Messages.noService);
		}
		return service;
	}
}
