package org.techserv.store;

import java.time.Instant;

/**
 * One recorded change of one field of a record, or its creation or removal.
 *
 * @param entityType the kind of record, e.g. {@code Person}
 * @param entityId   its id
 * @param version    the version the change produced
 * @param action     created, updated or deleted
 * @param field      the field (column) changed; empty for creation and removal
 * @param oldValue   the value before, as text; null when there was none
 * @param newValue   the value after, as text; null when there is none
 * @param user       who
 * @param at         when
 */
public record AuditEntry(String entityType, long entityId, int version, Action action, String field, String oldValue,
		String newValue, String user, Instant at) {

	/** What happened to the record. */
	public enum Action {
		CREATED('C'), UPDATED('U'), DELETED('D');

		private final char code;

		Action(char code) {
			this.code = code;
		}

		public char code() {
			return code;
		}

		public static Action of(char code) {
			for (Action action : values()) {
				if (action.code == code) {
					return action;
				}
			}
			throw new IllegalArgumentException(String.valueOf(code));
		}
	}
}
