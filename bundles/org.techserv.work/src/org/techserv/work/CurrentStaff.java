package org.techserv.work;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;

/**
 * Who "me" is for the work queue: the staff person chosen in the My Work view ("I am", kept in the workspace's
 * preferences), otherwise the staff person whose login is the database user (the server login, or the
 * operating-system user on an embedded database).
 */
public final class CurrentStaff {

	/** Preference node (instance scope) and key holding the chosen staff person's party id. */
	public static final String NODE = "org.techserv.work"; //$NON-NLS-1$
	public static final String KEY = "staffId"; //$NON-NLS-1$

	private CurrentStaff() {
	}

	/** Everyone with a staff role, by name (tens to hundreds of people). */
	public static List<StaffMember> staff(Database database) throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT P.ID, P.SORT_NAME, MAX(R.LOGIN) FROM CORE_PARTY P " //$NON-NLS-1$
					+ "JOIN CORE_PARTY_ROLE R ON R.PARTY_ID = P.ID AND R.KIND = 'StaffRole' " //$NON-NLS-1$
					+ "GROUP BY P.ID, P.SORT_NAME ORDER BY P.SORT_NAME, P.ID")) { //$NON-NLS-1$
				List<StaffMember> staff = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						staff.add(new StaffMember(row.getLong(1), row.getString(2), row.getString(3)));
					}
				}
				return staff;
			}
		});
	}

	/**
	 * The staff person the work queue is for: {@code chosenId} if that is one of {@code staff}, else the one whose
	 * login is {@code login} (any case), else none.
	 */
	public static Optional<StaffMember> resolve(List<StaffMember> staff, long chosenId, String login) {
		Optional<StaffMember> chosen = staff.stream().filter(s -> s.id() == chosenId).findFirst();
		if (chosen.isPresent() || login == null) {
			return chosen;
		}
		return staff.stream().filter(s -> login.equalsIgnoreCase(s.login())).findFirst();
	}

	/** The staff person chosen in this workspace, or 0. */
	public static long chosenId() {
		return preferences().getLong(KEY, 0);
	}

	/** Remembers the choice in this workspace (0 forgets it: back to the login). */
	public static void choose(long staffId) {
		IEclipsePreferences preferences = preferences();
		if (staffId == 0) {
			preferences.remove(KEY);
		} else {
			preferences.putLong(KEY, staffId);
		}
		try {
			preferences.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			org.eclipse.core.runtime.ILog.of(CurrentStaff.class).warn(e.getMessage(), e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
