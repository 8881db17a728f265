package org.techserv.library.ui.tests;

import org.eclipse.ui.PlatformUI;
import org.techserv.library.circulation.Patrons;
import org.techserv.model.core.Person;
import org.techserv.test.swt.UIThread;

/** A person with a library card, stored through the workbench's Patrons service as the Patrons view stores one. */
final class PatronCards {

	private PatronCards() {
	}

	static void save(String given, String family, String card) throws Exception {
		Person person = Patrons.newPatron();
		person.setGivenName(given);
		person.setFamilyName(family);
		Patrons.card(person).setBarcode(card);
		UIThread.syncExec(() -> PlatformUI.getWorkbench().getService(Patrons.class)).save(person);
	}
}
