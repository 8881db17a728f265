package org.techserv.model.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.techserv.store.ConflictException;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.SqlErrors;
import org.techserv.store.SqlWork;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;

/**
 * Runs a save in a transaction of its own. When it fails, the records it was saving get back the store-owned
 * fields they had ({@link SavedState}), and a database error becomes a {@link StoreException} that names a broken
 * unique key by its field: the one way every repository's save fails.
 */
public final class RestoringSave {

	private RestoringSave() {
	}

	/**
	 * @param uniqueKeys what each unique constraint of the saved records means to the user
	 * @param records    the records the work writes, restored when it fails
	 */
	public static <T> T run(Database database, Map<String, FieldProblem> uniqueKeys, SqlWork<T> work,
			EObject... records) throws StoreException {
		List<SavedState> before = Stream.of(records).map(SavedState::of).toList();
		try (Connection connection = database.connect()) {
			return Transactions.inTransaction(connection, work);
		} catch (SQLException e) {
			before.forEach(SavedState::restore);
			throw SqlErrors.translate(e, uniqueKeys);
		} catch (StoreException | RuntimeException e) {
			before.forEach(SavedState::restore);
			if (e.getCause() instanceof SQLException sql && !(e instanceof ConflictException)) {
				throw SqlErrors.translate(sql, uniqueKeys);
			}
			throw e;
		}
	}
}
