package org.techserv.library.circulation;

import org.techserv.library.circulation.internal.Messages;

/** What a reference question was about, in the categories small libraries report. */
public enum QuestionType {
	/** Where is ..., opening hours, the toilets. */
	DIRECTIONAL,
	/** A fact or a known item, answered in minutes. */
	READY_REFERENCE,
	/** A topic searched with the patron. */
	RESEARCH,
	/** Printers, Wi-Fi, the catalogue, e-books. */
	TECHNOLOGY,
	/** Cards, fines, loan rules. */
	POLICY;

	/** The name the desk shows. */
	public String label() {
		return switch (this) {
		case DIRECTIONAL -> Messages.questionType_DIRECTIONAL;
		case READY_REFERENCE -> Messages.questionType_READY_REFERENCE;
		case RESEARCH -> Messages.questionType_RESEARCH;
		case TECHNOLOGY -> Messages.questionType_TECHNOLOGY;
		case POLICY -> Messages.questionType_POLICY;
		};
	}
}
