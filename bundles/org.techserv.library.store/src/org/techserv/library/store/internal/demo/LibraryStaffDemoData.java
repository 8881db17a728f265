package org.techserv.library.store.internal.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.internal.ReviewMessages;
import org.techserv.library.store.review.NewStaff;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.Reviews;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.demo.DemoData;

/**
 * The library's staff for the demo: a librarian and two technicians (no logins, so "I am" in My Work chooses who
 * works), and the technicians' first submissions: two records awaiting review and one returned with a comment.
 */
public final class LibraryStaffDemoData implements DemoData {

	/** The librarian's staff number: present when it is. */
	static final String LIBRARIAN_NUMBER = "LIB-01"; //$NON-NLS-1$

	@Override
	public boolean present(Database database) throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM CORE_PARTY_ROLE WHERE STAFF_NUMBER = ?")) { //$NON-NLS-1$
				s.setString(1, LIBRARIAN_NUMBER);
				try (ResultSet r = s.executeQuery()) {
					return r.next();
				}
			}
		});
	}

	@Override
	public String load(Database database, IProgressMonitor monitor) throws StoreException {
		PartyRepository parties = new PartyRepository(database);
		long librarian = parties.save(NewStaff.person("Lukas", "Hartono", LIBRARIAN_NUMBER, StaffFunction.LIBRARIAN)).getId();
		long rina = parties.save(NewStaff.person("Rina", "Sari", "LIB-02", StaffFunction.TECHNICIAN)).getId(); //$NON-NLS-1$
		long yusuf = parties.save(NewStaff.person("Yusuf", "Pratama", "LIB-03", StaffFunction.TECHNICIAN)).getId(); //$NON-NLS-1$
		List<Long> records = new ArrayList<>();
		new BibliographicRecordRepository(database).forEachId(id -> {
			if (records.size() < 3) {
				records.add(id);
			}
		});
		int reviews = 0;
		if (records.size() == 3) {
			Reviews queue = new Reviews(database);
			queue.submitRecord(records.get(0), rina);
			queue.submitRecord(records.get(1), yusuf);
			Review returned = queue.submitRecord(records.get(2), rina);
			queue.returnWithComment(returned.id(), librarian, ReviewMessages.demoComment);
			reviews = 3;
		}
		return NLS.bind(ReviewMessages.demoSummary, 3, reviews);
	}
}
