package org.techserv.library.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.techserv.library.model.ItemStatus;
import org.techserv.library.store.review.ReviewStatus;
import org.techserv.store.AuditEntry;

/** How the library's values read on screen, in the workbench's language. */
public final class Labels {

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

	private Labels() {
	}

	public static String of(ItemStatus status) {
		if (status == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (status) {
		case IN_PROCESSING -> Messages.statusInProcessing;
		case AVAILABLE -> Messages.statusAvailable;
		case ON_LOAN -> Messages.statusOnLoan;
		case AT_BINDERY -> Messages.statusAtBindery;
		case MISSING -> Messages.statusMissing;
		case WITHDRAWN -> Messages.statusWithdrawn;
		};
	}

	/** A record's review state in the catalogue list; empty when it was never submitted. */
	public static String of(ReviewStatus review) {
		if (review == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (review) {
		case PENDING -> Messages.reviewPending;
		case APPROVED -> Messages.reviewApproved;
		case RETURNED -> Messages.reviewReturned;
		};
	}

	public static String of(AuditEntry.Action action) {
		return switch (action) {
		case CREATED -> Messages.actionCreated;
		case UPDATED -> Messages.actionUpdated;
		case DELETED -> Messages.actionDeleted;
		};
	}

	public static String dayTime(Instant instant) {
		return instant == null ? "" : DAY_TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault())); //$NON-NLS-1$
	}

	/** A long value cut for a table cell. */
	public static String shortened(String value) {
		return value == null ? "" : value.length() > 200 ? value.substring(0, 200) + '…' : value; //$NON-NLS-1$
	}
}
