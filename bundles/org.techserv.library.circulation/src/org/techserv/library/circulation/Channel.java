package org.techserv.library.circulation;

import org.techserv.library.circulation.internal.Messages;

/** How a reference question reached the desk. */
public enum Channel {
	IN_PERSON, PHONE, EMAIL, CHAT;

	/** The name the desk shows. */
	public String label() {
		return switch (this) {
		case IN_PERSON -> Messages.channel_IN_PERSON;
		case PHONE -> Messages.channel_PHONE;
		case EMAIL -> Messages.channel_EMAIL;
		case CHAT -> Messages.channel_CHAT;
		};
	}
}
