package org.techserv.model.core.util;

import org.techserv.model.core.Organisation;
import org.techserv.model.core.Party;
import org.techserv.model.core.Person;

/** How names are shown. */
public final class Names {

	private Names() {
	}

	/** The name a party is listed under: "Given Family" for a person, the name of an organisation. */
	public static String displayName(Party party) {
		if (party instanceof Person person) {
			return personName(person.getGivenName(), person.getFamilyName());
		}
		String name = party instanceof Organisation organisation ? organisation.getName() : null;
		return name == null ? "" : name.strip(); //$NON-NLS-1$
	}

	/** "Given Family", or whichever part is there; empty when neither is. */
	public static String personName(String given, String family) {
		String g = given == null ? "" : given.strip(); //$NON-NLS-1$
		String f = family == null ? "" : family.strip(); //$NON-NLS-1$
		return g.isEmpty() ? f : f.isEmpty() ? g : g + ' ' + f;
	}
}
