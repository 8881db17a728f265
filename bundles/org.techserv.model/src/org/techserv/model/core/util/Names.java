package org.techserv.model.core.util;

/** How names are shown. */
public final class Names {

	private Names() {
	}

	/** "Given Family", or whichever part is there; empty when neither is. */
	public static String personName(String given, String family) {
		String g = given == null ? "" : given.strip(); //$NON-NLS-1$
		String f = family == null ? "" : family.strip(); //$NON-NLS-1$
		return g.isEmpty() ? f : f.isEmpty() ? g : g + ' ' + f;
	}
}
