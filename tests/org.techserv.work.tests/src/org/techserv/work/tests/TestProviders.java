package org.techserv.work.tests;

import java.time.LocalTime;
import java.util.List;

import org.techserv.model.core.Priority;
import org.techserv.store.StoreException;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueueProvider;

/** Providers the test bundle contributes. */
public final class TestProviders {

	private TestProviders() {
	}

	/** Three entries due around "today", in no particular order. */
	public static final class Fixed implements WorkQueueProvider {
		@Override
		public List<WorkEntry> entries(WorkQuery query) {
			return List.of(
					new WorkEntry("Binding batch", 3, "BB-3", "Send to the bindery", query.today(), null, Priority.LOW,
							null),
					new WorkEntry("Binding batch", 2, "BB-2", "Urgent rebinding", query.today(), null, Priority.URGENT,
							null),
					new WorkEntry("Binding batch", 1, "BB-1", "Pick up at 10", query.today(), LocalTime.of(10, 0),
							Priority.LOW, "Lestari, Citra"),
					new WorkEntry("Binding batch", 4, "BB-4", "Overdue", query.today().minusDays(2), null,
							Priority.NORMAL, null),
					new WorkEntry("Binding batch", 5, "BB-5", "Some day", null, null, Priority.HIGH, null));
		}
	}

	/** A provider whose database is gone. */
	public static final class Failing implements WorkQueueProvider {
		@Override
		public List<WorkEntry> entries(WorkQuery query) throws StoreException {
			throw new StoreException(StoreException.Reason.SERVER_UNAVAILABLE, "The serials server did not answer.", null, null);
		}
	}

	/** A class that is no provider at all. */
	public static final class NotAProvider {
	}
}
