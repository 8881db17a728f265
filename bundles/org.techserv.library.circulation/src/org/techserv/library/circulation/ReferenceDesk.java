package org.techserv.library.circulation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.Utc;
import org.techserv.store.emf.EntityTable;

/**
 * The reference desk's tally: one click notes a question (type, channel, now); monthly statistics count them by
 * type and channel. Months are the desk's months (the clock's time zone), times are stored in UTC.
 */
@Component(service = ReferenceDesk.class)
public final class ReferenceDesk {

	private final Database database;
	private final Clock clock;

	@Activate
	public ReferenceDesk(@Reference Database database) {
		this(database, Clock.systemDefaultZone());
	}

	public ReferenceDesk(Database database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/** Notes a question asked now. */
	public ReferenceQuestion tally(QuestionType type, Channel channel) throws StoreException {
		return tally(type, channel, clock.instant());
	}

	/** Notes a question asked at {@code askedAt} (one noted afterwards, or demo data). */
	public ReferenceQuestion tally(QuestionType type, Channel channel, Instant askedAt) throws StoreException {
		String user = database.user();
		return Transactions.inTransaction(database, c -> {
			long id = EntityTable.nextId(c);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO LIBRARY_REFERENCE_QUESTION " //$NON-NLS-1$
					+ "(ID, ASKED_AT, QUESTION_TYPE, CHANNEL, RECORDED_BY) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				insert.setLong(1, id);
				insert.setTimestamp(2, Timestamp.from(askedAt), Utc.calendar());
				insert.setString(3, type.name());
				insert.setString(4, channel.name());
				insert.setString(5, user);
				insert.executeUpdate();
			}
			return new ReferenceQuestion(id, askedAt, type, channel, user);
		});
	}

	/** Takes back a question noted by mistake; false when it was gone already. */
	public boolean remove(ReferenceQuestion question) throws StoreException {
		return Transactions.inTransaction(database, c -> {
			try (PreparedStatement delete = c
					.prepareStatement("DELETE FROM LIBRARY_REFERENCE_QUESTION WHERE ID = ?")) { //$NON-NLS-1$
				delete.setLong(1, question.id());
				return delete.executeUpdate() == 1;
			}
		});
	}

	/** The questions of a month counted by type and channel. */
	public MonthlyStatistics month(YearMonth month) throws StoreException {
		ZoneId zone = clock.getZone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Map<QuestionType, Map<Channel, Integer>> counts = new EnumMap<>(QuestionType.class);
		for (QuestionType type : QuestionType.values()) {
			Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
			for (Channel channel : Channel.values()) {
				byChannel.put(channel, 0);
			}
			counts.put(type, byChannel);
		}
		return Transactions.read(database, c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT QUESTION_TYPE, CHANNEL, COUNT(*) " //$NON-NLS-1$
					+ "FROM LIBRARY_REFERENCE_QUESTION WHERE ASKED_AT >= ? AND ASKED_AT < ? " //$NON-NLS-1$
					+ "GROUP BY QUESTION_TYPE, CHANNEL")) { //$NON-NLS-1$
				select.setTimestamp(1, Timestamp.from(from), Utc.calendar());
				select.setTimestamp(2, Timestamp.from(to), Utc.calendar());
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						counts.get(QuestionType.valueOf(row.getString(1))).put(Channel.valueOf(row.getString(2)),
								row.getInt(3));
					}
				}
			}
			return new MonthlyStatistics(month, counts);
		});
	}

	/** This month at the desk. */
	public YearMonth thisMonth() {
		return YearMonth.now(clock);
	}
}
