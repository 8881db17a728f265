package org.techserv.store.emf;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/** Binding, reading and comparing a row's columns; shared by {@link EntityTable} and {@link DetailTable}. */
final class Columns {

	private Columns() {
	}

	/** Binds every column from {@code first} on; returns the next parameter index. */
	static int bind(PreparedStatement statement, int first, List<Column> columns, EObject object) throws SQLException {
		int index = first;
		for (Column column : columns) {
			column.type().bind(statement, index++, column.valueOf(object));
		}
		return index;
	}

	/** Reads every attribute column (from {@code first} on) that belongs to the object's class. */
	static void read(ResultSet row, int first, List<Column> columns, EObject object) throws SQLException {
		read(row, first, columns, object, (reference, id) -> null);
	}

	/** Reads attribute columns, and reference columns through {@code resolver}. */
	static void read(ResultSet row, int first, List<Column> columns, EObject object, References resolver)
			throws SQLException {
		int index = first;
		for (Column column : columns) {
			int at = index++;
			if (column.refersFor(object)) {
				long id = row.getLong(at);
				EObject target = row.wasNull() ? null : resolver.resolve(column.reference(), id);
				if (target != null) {
					object.eSet(column.reference(), target);
				}
				continue;
			}
			if (!column.applies(object)) {
				continue;
			}
			Object value = column.type().read(row, at, column.attribute());
			if (value == null) {
				object.eUnset(column.attribute());
			} else {
				object.eSet(column.attribute(), value);
			}
		}
	}

	/** The audited columns' values of an object, as text. */
	static Map<String, String> snapshot(List<Column> columns, EObject object) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Column column : columns) {
			if (column.audited()) {
				values.put(column.name(), ValueType.text(column.valueOf(object)));
			}
		}
		return values;
	}

	/** The audited columns' stored values in a row, as text. */
	static Map<String, String> storedSnapshot(ResultSet row, int first, List<Column> columns) throws SQLException {
		Map<String, String> values = new LinkedHashMap<>();
		int index = first;
		for (Column column : columns) {
			int at = index++;
			if (column.reference() != null) {
				long id = row.getLong(at);
				values.put(column.name(), row.wasNull() ? null : String.valueOf(id));
			} else if (column.audited()) {
				values.put(column.name(), ValueType.text(column.type().read(row, at, column.attribute())));
			}
		}
		return values;
	}
}
