package org.techserv.library.sru;

import java.util.Locale;

import org.techserv.library.sru.internal.Messages;

/** What a copy-cataloguing search looks in, with the CQL index most SRU servers use for it. */
public enum SruIndex {
	TITLE("dc.title"), //$NON-NLS-1$
	AUTHOR("dc.creator"), //$NON-NLS-1$
	ISBN("bath.isbn"), //$NON-NLS-1$
	SUBJECT("dc.subject"), //$NON-NLS-1$
	/** Any word, wherever the server looks by default. */
	ANY("cql.serverChoice"); //$NON-NLS-1$

	private final String defaultCql;

	SruIndex(String defaultCql) {
		this.defaultCql = defaultCql;
	}

	/** The CQL index used unless a target names its own. */
	public String defaultCql() {
		return defaultCql;
	}

	/** The name in plugin.xml and the preferences: title, author, isbn, subject, any. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The name the user picks the search by, e.g. "Title". */
	public String label() {
		return switch (this) {
		case TITLE -> Messages.indexTitle;
		case AUTHOR -> Messages.indexAuthor;
		case ISBN -> Messages.indexIsbn;
		case SUBJECT -> Messages.indexSubject;
		case ANY -> Messages.indexAny;
		};
	}

	/** The index with this {@link #key()}, or null. */
	public static SruIndex ofKey(String key) {
		for (SruIndex index : values()) {
			if (index.key().equals(key)) {
				return index;
			}
		}
		return null;
	}
}
