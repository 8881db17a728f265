package org.techserv.library.sru;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.sru.internal.Messages;

/**
 * An SRU server to copy records from. Checked when made: a bad value throws an {@link IllegalArgumentException}
 * whose message names the target and the value, fit to show the user.
 *
 * @param id             stable key: the extension's id for a contributed target, generated for the user's own
 * @param name           what the user picks the target by; recorded as the source of records imported from it
 * @param baseUrl        the server's http or https address without the database, e.g. {@code http://lx2.loc.gov:210}
 * @param database       the database, appended to the base URL as a path, e.g. {@code LCDB}
 * @param recordSchema   the record schema asked for, which must deliver MARCXML, e.g. {@code marcxml}
 * @param version        the SRU version spoken: {@value #VERSION_1_1} or {@value #VERSION_1_2}
 * @param timeoutSeconds how long one search may take, from connecting to the end of the answer:
 *                       {@value #MIN_TIMEOUT} to {@value #MAX_TIMEOUT}
 * @param indexes        CQL indexes where the target differs from {@link SruIndex#defaultCql()}; may be empty
 * @param contributor    the bundle that contributed the target, or null for one the user defined
 */
public record SruTarget(String id, String name, String baseUrl, String database, String recordSchema, String version,
		int timeoutSeconds, Map<SruIndex, String> indexes, String contributor) {

	public static final String VERSION_1_1 = "1.1"; //$NON-NLS-1$
	public static final String VERSION_1_2 = "1.2"; //$NON-NLS-1$
	public static final String DEFAULT_SCHEMA = "marcxml"; //$NON-NLS-1$
	public static final int DEFAULT_TIMEOUT = 20;
	public static final int MIN_TIMEOUT = 1;
	public static final int MAX_TIMEOUT = 600;
	public static final int MAX_NAME = 100;

	private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*"); //$NON-NLS-1$
	private static final Pattern CQL_INDEX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)?"); //$NON-NLS-1$
	private static final String USER_PREFIX = "user."; //$NON-NLS-1$

	public SruTarget {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(Messages.targetNameMissing);
		}
		name = name.strip();
		String label = name;
		if (name.length() > MAX_NAME) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetNameTooLong, label, MAX_NAME));
		}
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetIdMissing, label));
		}
		id = id.strip();
		baseUrl = checkedBaseUrl(label, baseUrl);
		if (database == null || !DATABASE.matcher(database.strip()).matches()) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetBadDatabase, label, database));
		}
		database = database.strip();
		if (recordSchema == null || recordSchema.isBlank() || recordSchema.strip().chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetBadSchema, label, recordSchema));
		}
		recordSchema = recordSchema.strip();
		if (!VERSION_1_1.equals(version) && !VERSION_1_2.equals(version)) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetBadVersion, label, version));
		}
		if (timeoutSeconds < MIN_TIMEOUT || timeoutSeconds > MAX_TIMEOUT) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.targetBadTimeout, new Object[] { label, timeoutSeconds, MIN_TIMEOUT, MAX_TIMEOUT }));
		}
		Map<SruIndex, String> checked = new EnumMap<>(SruIndex.class);
		if (indexes != null) {
			indexes.forEach((index, cql) -> {
				if (index == null || cql == null || !CQL_INDEX.matcher(cql.strip()).matches()) {
					throw new IllegalArgumentException(NLS.bind(Messages.targetBadIndex,
							new Object[] { label, cql, index == null ? "?" : index.label() })); //$NON-NLS-1$
				}
				checked.put(index, cql.strip());
			});
		}
		indexes = Map.copyOf(checked);
	}

	/** A new target of the user's own: SRU 1.2, the usual indexes, a fresh id. */
	public static SruTarget userDefined(String name, String baseUrl, String database, String recordSchema,
			int timeoutSeconds) {
		return new SruTarget(USER_PREFIX + UUID.randomUUID(), name, baseUrl, database, recordSchema, VERSION_1_2,
				timeoutSeconds, Map.of(), null);
	}

	/** This target with the values the user edited; id, version, indexes and contributor stay. */
	public SruTarget edited(String newName, String newBaseUrl, String newDatabase, String newRecordSchema,
			int newTimeoutSeconds) {
		return new SruTarget(id, newName, newBaseUrl, newDatabase, newRecordSchema, version, newTimeoutSeconds, indexes,
				contributor);
	}

	/** This target with another CQL index for one kind of search (null: back to the default). */
	public SruTarget withIndex(SruIndex index, String cql) {
		Map<SruIndex, String> changed = new EnumMap<>(SruIndex.class);
		changed.putAll(indexes);
		if (cql == null || cql.isBlank()) {
			changed.remove(index);
		} else {
			changed.put(index, cql);
		}
		return new SruTarget(id, name, baseUrl, database, recordSchema, version, timeoutSeconds, changed, contributor);
	}

	/** This target speaking another SRU version. */
	public SruTarget withVersion(String newVersion) {
		return new SruTarget(id, name, baseUrl, database, recordSchema, newVersion, timeoutSeconds, indexes, contributor);
	}

	/** Whether the user defined it (and so may edit or remove it). */
	public boolean isUserDefined() {
		return contributor == null;
	}

	/** The address searches go to: base URL and database. */
	public URI endpoint() {
		return URI.create(baseUrl + '/' + database);
	}

	/** The CQL index this target searches {@code index} with. */
	public String cqlIndex(SruIndex index) {
		return indexes.getOrDefault(index, index.defaultCql());
	}

	@Override
	public String toString() {
		return name + " <" + endpoint() + '>'; //$NON-NLS-1$
	}

	/** An absolute http(s) address with a host and no query, without the trailing slash. */
	private static String checkedBaseUrl(String label, String value) {
		String text = value == null ? "" : value.strip(); //$NON-NLS-1$
		while (text.endsWith("/")) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1);
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) //$NON-NLS-1$ //$NON-NLS-2$
					|| uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new IllegalArgumentException(NLS.bind(Messages.targetBadUrl, label, value));
			}
			return text;
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetBadUrl, label, value), e);
		}
	}
}
