package org.techserv.store.emf;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.techserv.store.Utc;

/**
 * How one kind of attribute value travels to and from a column: strings, numbers, flags, days, moments and
 * enumeration literals (stored by name, so reordering literals never changes stored data).
 */
public enum ValueType {
	STRING(Types.VARCHAR), LONG(Types.BIGINT), INT(Types.INTEGER), DOUBLE(Types.DOUBLE), BOOLEAN(Types.SMALLINT), DATE(Types.DATE),
	TIMESTAMP(Types.TIMESTAMP), ENUM(Types.VARCHAR);

	private final int sqlType;

	ValueType(int sqlType) {
		this.sqlType = sqlType;
	}

	/** The type for an attribute, from its data type's instance class. */
	public static ValueType of(EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		if (type instanceof EEnum) {
			return ENUM;
		}
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return STRING;
		}
		if (c == long.class || c == Long.class) {
			return LONG;
		}
		if (c == int.class || c == Integer.class) {
			return INT;
		}
		if (c == double.class || c == Double.class) {
			return DOUBLE;
		}
		if (c == boolean.class || c == Boolean.class) {
			return BOOLEAN;
		}
		if (c == LocalDate.class) {
			return DATE;
		}
		if (c == Instant.class) {
			return TIMESTAMP;
		}
		throw new IllegalArgumentException("no column type for " + attribute.getEContainingClass().getName() + '.' //$NON-NLS-1$
				+ attribute.getName() + " (" + c + ')'); //$NON-NLS-1$
	}

	public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, sqlType);
			return;
		}
		switch (this) {
		case STRING -> statement.setString(index, (String) value);
		case LONG -> statement.setLong(index, (Long) value);
		case INT -> statement.setInt(index, (Integer) value);
		case DOUBLE -> statement.setDouble(index, (Double) value);
		case BOOLEAN -> statement.setShort(index, (short) (((Boolean) value) ? 1 : 0));
		case DATE -> statement.setDate(index, Date.valueOf((LocalDate) value));
		case TIMESTAMP -> statement.setTimestamp(index, Timestamp.from((Instant) value), Utc.calendar());
		case ENUM -> statement.setString(index, ((Enumerator) value).getName());
		}
	}

	public Object read(ResultSet row, int index, EAttribute attribute) throws SQLException {
		Object value = switch (this) {
		case STRING -> row.getString(index);
		case LONG -> row.getLong(index);
		case INT -> row.getInt(index);
		case DOUBLE -> row.getDouble(index);
		case BOOLEAN -> row.getShort(index) != 0;
		case DATE -> {
			Date date = row.getDate(index);
			yield date == null ? null : date.toLocalDate();
		}
		case TIMESTAMP -> {
			Timestamp timestamp = row.getTimestamp(index, Utc.calendar());
			yield timestamp == null ? null : timestamp.toInstant();
		}
		case ENUM -> {
			String name = row.getString(index);
			EEnumLiteral literal = name == null ? null : ((EEnum) attribute.getEAttributeType()).getEEnumLiteral(name);
			yield literal == null ? null : literal.getInstance();
		}
		};
		return row.wasNull() ? null : value;
	}

	/** The value as the audit trail shows it. */
	public static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enumerator e) {
			return e.getName();
		}
		return value.toString();
	}
}
