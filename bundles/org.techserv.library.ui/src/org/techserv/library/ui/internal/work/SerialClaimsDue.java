package org.techserv.library.ui.internal.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.store.Claims;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.model.core.Priority;
import org.techserv.store.StoreException;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueueProvider;

/**
 * Serial claims for My Work: one entry per vendor with issues to claim today (late and never claimed, or claimed
 * and due for the next claim), nobody's in particular, so everyone who works the serials sees them.
 */
public final class SerialClaimsDue implements WorkQueueProvider {

	@Override
	public List<WorkEntry> entries(WorkQuery query) throws StoreException {
		Map<String, List<SerialIssue>> byVendor = new Claims(query.database()).review(query.today());
		List<WorkEntry> entries = new ArrayList<>();
		for (Map.Entry<String, List<SerialIssue>> vendor : byVendor.entrySet()) {
			List<SerialIssue> issues = vendor.getValue();
			entries.add(new WorkEntry(Messages.kindClaims, issues.get(0).id(), "", //$NON-NLS-1$
					NLS.bind(Messages.claimsTitle, vendor.getKey(), issues.size()), query.today(), null,
					Priority.NORMAL, null));
		}
		return entries;
	}
}
