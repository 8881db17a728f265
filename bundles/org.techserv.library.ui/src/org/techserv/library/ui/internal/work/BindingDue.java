package org.techserv.library.ui.internal.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.binding.BatchStatus;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.OverdueVolume;
import org.techserv.model.core.Priority;
import org.techserv.store.StoreException;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueueProvider;

/**
 * Binding for My Work, nobody's in particular: each open batch with volumes in it is to be sent today, and each
 * batch whose volumes are overdue at the bindery is to be chased (due the day it was due back, so it sorts first).
 */
public final class BindingDue implements WorkQueueProvider {

	@Override
	public List<WorkEntry> entries(WorkQuery query) throws StoreException {
		Bindery bindery = new Bindery(query.database());
		List<WorkEntry> entries = new ArrayList<>();
		for (BindingBatch batch : bindery.batches()) {
			if (batch.status() == BatchStatus.OPEN && batch.volumes() > 0) {
				entries.add(new WorkEntry(Messages.kindBindingToSend, batch.id(), NLS.bind(Messages.bindingNumber,
						batch.id()), NLS.bind(Messages.bindingToSendTitle, batch.bindery(), batch.volumes()),
						query.today(), null, Priority.NORMAL, null));
			}
		}
		Map<Long, List<OverdueVolume>> overdueByBatch = new LinkedHashMap<>();
		for (OverdueVolume late : bindery.overdue(query.today())) {
			overdueByBatch.computeIfAbsent(late.batch().id(), id -> new ArrayList<>()).add(late);
		}
		for (List<OverdueVolume> late : overdueByBatch.values()) {
			BindingBatch batch = late.get(0).batch();
			entries.add(new WorkEntry(Messages.kindBindingOverdue, batch.id(), NLS.bind(Messages.bindingNumber,
					batch.id()), NLS.bind(Messages.bindingOverdueTitle, batch.bindery(), late.size()), batch.dueBack(),
					null, Priority.HIGH, null));
		}
		return entries;
	}
}
