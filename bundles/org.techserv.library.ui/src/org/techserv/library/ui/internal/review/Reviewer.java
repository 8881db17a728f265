package org.techserv.library.ui.internal.review;

import java.util.Optional;

import org.techserv.library.store.review.Reviews;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.work.CurrentStaff;
import org.techserv.work.StaffMember;

/**
 * Who works at this workbench, as My Work resolves "me" ("I am", else the staff person whose login is the database
 * user), and whether they are a librarian. The screens use it to choose what to offer; the store checks again.
 *
 * @param member    the staff person
 * @param librarian whether they may approve and return submissions
 */
record Reviewer(StaffMember member, boolean librarian) {

	static Optional<Reviewer> current(Database database) throws StoreException {
		Optional<StaffMember> me = CurrentStaff.resolve(CurrentStaff.staff(database), CurrentStaff.chosenId(),
				database.user());
		if (me.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Reviewer(me.get(), new Reviews(database).mayDecide(me.get().id())));
	}

	long id() {
		return member.id();
	}

	String name() {
		return member.name();
	}
}
