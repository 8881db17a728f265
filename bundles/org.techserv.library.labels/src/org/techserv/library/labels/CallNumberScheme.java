package org.techserv.library.labels;

import org.techserv.library.labels.internal.Messages;

/** How a call number is built, which decides where a spine label breaks it. */
public enum CallNumberScheme {

	/** Library of Congress: class letters, class number, cutters, date, volume ("QA76.73.J38 S65 2019"). */
	LC(Messages.schemeLc),
	/** Dewey Decimal: optional prefix, three-digit class with decimals, author mark, year ("REF 641.5973 SMI"). */
	DDC(Messages.schemeDdc),
	/** Anything else (shelf numbers of recordings, local schemes): broken at its spaces. */
	OTHER(Messages.schemeOther);

	private final String displayName;

	CallNumberScheme(String displayName) {
		this.displayName = displayName;
	}

	/** The scheme's name for the user, in the workbench's language. */
	public String displayName() {
		return displayName;
	}
}
