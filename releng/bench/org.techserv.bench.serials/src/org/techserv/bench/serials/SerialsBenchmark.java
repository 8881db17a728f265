package org.techserv.bench.serials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.serials.ChronologyDetail;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.IssuePrediction;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictedIssue;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.emf.EntityTable;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * Predicting a year of issues for 10 000 subscriptions (goal: 1 s): a mix of monthly, quarterly, weekly,
 * twice-monthly and annual-volume patterns with combined and omitted issues, started up to ten years back (so each
 * prediction counts its numbers from the first issue). Measured in memory (the engine: pattern text read, checked,
 * predicted) and stored (the same year written to Derby by {@code SubscriptionRepository.predictAll}).
 */
class SerialsBenchmark {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
	private static final LocalDate TO = LocalDate.of(2026, 12, 31);

	@TempDir
	Path folder;

	private final StringBuilder report = new StringBuilder();

	@Test
	void predictAYear() throws Exception {
		int count = Integer.getInteger("techserv.bench.subscriptions", 10_000);
		line("serials: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", heap "
				+ Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
		List<String> patterns = patterns(count);

		for (int i = 0; i < 5; i++) {
			predict(patterns); // warm-up: the JIT compiles the engine before anything is timed
		}
		long[] runs = new long[7];
		int issues = 0;
		for (int i = 0; i < runs.length; i++) {
			long start = System.nanoTime();
			issues = predict(patterns);
			runs[i] = System.nanoTime() - start;
		}
		Arrays.sort(runs);
		line(String.format("in memory        %d subscriptions, %d issues in %s: best %.0f ms, median %.0f ms, worst %.0f ms "
				+ "(7 runs; goal 1 000 ms)", count, issues, TO.getYear(), runs[0] / 1e6, runs[3] / 1e6, runs[6] / 1e6));

		try (EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")))) {
			try (Connection connection = database.connect()) {
				new Migrator("bench").migrate(connection, MigrationRegistry.contributed());
			}
			subscribe(database, patterns);
			SerialsStore serials = new SerialsStore(database);
			long start = System.nanoTime();
			int stored = serials.subscriptions().predictAll(TO);
			long nanos = System.nanoTime() - start;
			line(String.format("stored in Derby  %d issues up to %s for %d subscriptions in %.1f s (%.0f issues/s), "
					+ "a transaction a subscription", stored, TO, count, nanos / 1e9, stored / (nanos / 1e9)));
			start = System.nanoTime();
			int again = serials.subscriptions().predictAll(TO);
			line(String.format("again            %d issues added (nothing new) in %.0f ms: what the Check-in view pays on F5",
					again, (System.nanoTime() - start) / 1e6));
			// a library that has checked in everything up to last month: what is due is this month's issues
			LocalDate listDay = TO.withDayOfMonth(1);
			try (Connection c = database.connect(); PreparedStatement receive = c.prepareStatement(
					"UPDATE SERIAL_ISSUE SET STATUS = 'RECEIVED', RECEIVED = EXPECTED WHERE EXPECTED < ?")) {
				receive.setDate(1, Date.valueOf(listDay.minusMonths(1)));
				receive.executeUpdate();
				if (!c.getAutoCommit()) {
					c.commit();
				}
			}
			long[] lists = new long[7];
			int due = 0;
			for (int i = 0; i < lists.length; i++) {
				start = System.nanoTime();
				due = serials.checkIn().due(listDay).size();
				lists[i] = System.nanoTime() - start;
			}
			Arrays.sort(lists);
			line(String.format("check-in list    %d issues expected or late on %s (all before %s received): best %.0f ms, "
					+ "median %.0f ms (7 runs)", due, listDay, listDay.minusMonths(1), lists[0] / 1e6, lists[3] / 1e6));
		}
		String out = System.getProperty("techserv.bench.out");
		if (out != null) {
			Files.writeString(Path.of(out), report);
		}
	}

	private static int predict(List<String> patterns) throws Exception {
		int issues = 0;
		for (String text : patterns) {
			List<PredictedIssue> year = IssuePrediction.of(PatternText.read(text)).between(FROM, TO);
			issues += year.size();
		}
		return issues;
	}

	/** Varied patterns, reproducible: the same seed every run. */
	private static List<String> patterns(int count) {
		Random random = new Random(853);
		List<String> patterns = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate first = FROM.minusMonths(random.nextInt(120)).withDayOfMonth(1);
			PredictionPattern pattern = switch (i % 5) {
			case 0 -> PredictionPattern.builder(Frequency.MONTHLY, first).level("v.", 0, Numbering.CONTINUOUS, 1 + i % 40)
					.level("no.", 12, Numbering.RESTART, 1).combineMonths(Month.JULY, Month.AUGUST).build();
			case 1 -> PredictionPattern.builder(Frequency.QUARTERLY, first.withDayOfMonth(15))
					.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 4, Numbering.RESTART, 1).build();
			case 2 -> PredictionPattern.builder(Frequency.WEEKLY, first).level("v.", 0, Numbering.CONTINUOUS, 1)
					.level("no.", 0, Numbering.RESTART, 1).volumeChange(Month.JANUARY).chronology(ChronologyDetail.DAY)
					.combineWeeks(51, 52).omitWeeks(1).build();
			case 3 -> PredictionPattern.builder(Frequency.SEMIMONTHLY, first).level("v.", 0, Numbering.CONTINUOUS, 1)
					.level("no.", 24, Numbering.RESTART, 1).chronology(ChronologyDetail.DAY).days(1, 15).build();
			default -> PredictionPattern.builder(Frequency.MONTHLY, first).level("v.", 0, Numbering.CONTINUOUS, 1)
					.level("no.", 11, Numbering.CONTINUOUS, 1).omitMonths(Month.AUGUST).build();
			};
			patterns.add(PatternText.write(pattern));
		}
		return patterns;
	}

	/** One record and the subscriptions, written directly: the benchmark times the prediction, not this. */
	private static void subscribe(EmbeddedDerby database, List<String> patterns) throws Exception {
		try (Connection c = database.connect()) {
			c.setAutoCommit(false);
			Timestamp now = Timestamp.from(Instant.now());
			long record = EntityTable.nextId(c);
			try (PreparedStatement s = c.prepareStatement("INSERT INTO LIBRARY_RECORD (ID, VERSION, CREATED_BY, "
					+ "CREATED_AT, UPDATED_BY, UPDATED_AT, LEADER, TITLE, MARC) VALUES (?, 1, 'bench', ?, 'bench', ?, "
					+ "'00000nas a2200000 a 4500', 'Benchmark serial', ?)")) {
				s.setLong(1, record);
				s.setTimestamp(2, now);
				s.setTimestamp(3, now);
				s.setBytes(4, new byte[] { 0 });
				s.executeUpdate();
			}
			try (PreparedStatement s = c.prepareStatement("INSERT INTO SERIAL_SUBSCRIPTION (ID, VERSION, CREATED_BY, "
					+ "CREATED_AT, UPDATED_BY, UPDATED_AT, RECORD_ID, VENDOR, START_DATE, PATTERN, GRACE_DAYS, CLAIM_DAYS) "
					+ "VALUES (?, 1, 'bench', ?, 'bench', ?, ?, ?, ?, ?, 10, 30)")) {
				for (int i = 0; i < patterns.size(); i++) {
					s.setLong(1, EntityTable.nextId(c));
					s.setTimestamp(2, now);
					s.setTimestamp(3, now);
					s.setLong(4, record);
					s.setString(5, "Vendor " + i % 20);
					s.setDate(6, Date.valueOf(FROM));
					s.setString(7, patterns.get(i));
					s.addBatch();
				}
				s.executeBatch();
			}
			c.commit();
		}
	}

	private void line(String text) {
		System.out.println("[serials-bench] " + text);
		report.append(text).append('\n');
	}
}
