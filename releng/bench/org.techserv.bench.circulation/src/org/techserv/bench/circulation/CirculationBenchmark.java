package org.techserv.bench.circulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.LoanRules;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.Utc;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * The desk's wait for one scan with a big library: check-out and check-in through {@link Circulation} (one
 * transaction each, the copy's status and audit entry included) on embedded Derby holding 1 M copies, 100 k
 * patrons and 100 k open loans. The library is filled with plain batched SQL (the rows the repositories would
 * write, without their per-record work), then each act is timed alone, as a desk does them one after another.
 */
class CirculationBenchmark {

	private static final long FIRST_ID = 10_000_000_000L;
	private static final int COPIES_A_RECORD = 10;
	private static final int BATCH = 5_000;
	private static final int WARM_UP = 3_000;
	private static final int MEASURED = 5_000;

	@TempDir
	Path folder;

	private final StringBuilder report = new StringBuilder();

	@Test
	void checkOutAndCheckIn() throws Exception {
		int items = Integer.getInteger("techserv.bench.items", 1_000_000);
		int patrons = Integer.getInteger("techserv.bench.patrons", 100_000);
		int openLoans = patrons;
		line("circulation: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
				+ ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
		try (EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")))) {
			try (Connection connection = database.connect()) {
				new Migrator("bench").migrate(connection, MigrationRegistry.contributed());
				long t0 = System.nanoTime();
				fill(connection, items, patrons, openLoans);
				line(String.format("library          %d copies (%d records), %d patrons, %d open loans, filled in %.0f s",
						items, items / COPIES_A_RECORD, patrons, openLoans, (System.nanoTime() - t0) / 1e9));
			}
			Circulation desk = new Circulation(database);
			// random patrons: room enough that no check-out is refused for the count
			desk.saveRules(new LoanRules(21, 2, 100));
			Random random = new Random(42);
			// copies [openLoans, items) are on the shelf; the patrons' cards are C0..C(patrons-1)
			run(desk, random, items, patrons, openLoans, WARM_UP, false);
			String before = loadAverage();
			run(desk, random, items, patrons, openLoans, MEASURED, true);
			line("load average     " + before + " -> " + loadAverage() + " (other work on the machine while measuring)");
		}
		String out = System.getProperty("techserv.bench.out");
		if (out != null) {
			Files.writeString(Path.of(out), report);
		}
	}

	/** Checks out {@code count} random shelved copies to random patrons, then checks them all in. */
	private void run(Circulation desk, Random random, int items, int patrons, int openLoans, int count,
			boolean measured) throws Exception {
		List<String> lent = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		long[] out = new long[count];
		for (int i = 0; i < count; i++) {
			String copy = barcode(openLoans + random.nextInt(items - openLoans));
			if (!taken.add(copy)) {
				i--;
				continue;
			}
			String card = "C" + random.nextInt(patrons);
			long t0 = System.nanoTime();
			desk.checkOut(card, copy);
			out[i] = System.nanoTime() - t0;
			lent.add(copy);
		}
		long[] in = new long[count];
		for (int i = 0; i < count; i++) {
			long t0 = System.nanoTime();
			desk.checkIn(lent.get(i));
			in[i] = System.nanoTime() - t0;
		}
		if (measured) {
			figures("check-out", out);
			figures("check-in", in);
		}
	}

	/** Records, copies, patrons with cards and open loans, by batched SQL in transactions of {@value #BATCH} rows. */
	private static void fill(Connection c, int items, int patrons, int openLoans) throws Exception {
		c.setAutoCommit(false);
		Timestamp now = Timestamp.from(Instant.now());
		byte[] marc = "00026nam a2200025 a 4500\u001e\u001d".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		try (PreparedStatement record = c.prepareStatement("INSERT INTO LIBRARY_RECORD (ID, VERSION, CREATED_BY, "
				+ "CREATED_AT, UPDATED_BY, UPDATED_AT, LEADER, TITLE, MARC) VALUES (?, 1, 'bench', ?, 'bench', ?, "
				+ "'00026nam a2200025 a 4500', ?, ?)");
				PreparedStatement item = c.prepareStatement("INSERT INTO LIBRARY_ITEM (ID, VERSION, CREATED_BY, "
						+ "CREATED_AT, UPDATED_BY, UPDATED_AT, RECORD_ID, BARCODE, COPY_NUMBER, STATUS) VALUES "
						+ "(?, 1, 'bench', ?, 'bench', ?, ?, ?, ?, ?)")) {
			for (int r = 0; r < items / COPIES_A_RECORD; r++) {
				long recordId = FIRST_ID + r;
				record.setLong(1, recordId);
				record.setTimestamp(2, now, Utc.calendar());
				record.setTimestamp(3, now, Utc.calendar());
				record.setString(4, "Title " + r);
				record.setBytes(5, marc);
				record.addBatch();
				for (int copy = 0; copy < COPIES_A_RECORD; copy++) {
					int n = r * COPIES_A_RECORD + copy;
					item.setLong(1, FIRST_ID + 1_000_000_000L + n);
					item.setTimestamp(2, now, Utc.calendar());
					item.setTimestamp(3, now, Utc.calendar());
					item.setLong(4, recordId);
					item.setString(5, barcode(n));
					item.setInt(6, copy + 1);
					item.setString(7, n < openLoans ? "ON_LOAN" : "AVAILABLE");
					item.addBatch();
				}
				if ((r + 1) % (BATCH / COPIES_A_RECORD) == 0) {
					record.executeBatch();
					item.executeBatch();
					c.commit();
				}
			}
			record.executeBatch();
			item.executeBatch();
			c.commit();
		}
		try (PreparedStatement party = c.prepareStatement("INSERT INTO CORE_PARTY (ID, VERSION, CREATED_BY, CREATED_AT, "
				+ "UPDATED_BY, UPDATED_AT, KIND, SORT_NAME, GIVEN_NAME, FAMILY_NAME) VALUES (?, 1, 'bench', ?, 'bench', ?, "
				+ "'P', ?, ?, ?)");
				PreparedStatement role = c.prepareStatement("INSERT INTO CORE_PARTY_ROLE (ID, PARTY_ID, SEQ, KIND, "
						+ "BARCODE, BLOCKED) VALUES (?, ?, 0, 'PatronRole', ?, 0)")) {
			for (int p = 0; p < patrons; p++) {
				long id = FIRST_ID + 2_000_000_000L + p;
				party.setLong(1, id);
				party.setTimestamp(2, now, Utc.calendar());
				party.setTimestamp(3, now, Utc.calendar());
				party.setString(4, "Patron " + p + ", Bench");
				party.setString(5, "Bench");
				party.setString(6, "Patron " + p);
				party.addBatch();
				role.setLong(1, id + 500_000_000L);
				role.setLong(2, id);
				role.setString(3, "C" + p);
				role.addBatch();
				if ((p + 1) % BATCH == 0) {
					party.executeBatch();
					role.executeBatch();
					c.commit();
				}
			}
			party.executeBatch();
			role.executeBatch();
			c.commit();
		}
		// one open loan for each of the first copies, spread over the patrons; some of them overdue
		try (PreparedStatement loan = c.prepareStatement("INSERT INTO LIBRARY_LOAN (ITEM_ID, ID, PATRON_ID, "
				+ "LOANED_AT, LOANED_BY, DUE_DATE, RENEWALS) VALUES (?, ?, ?, ?, 'bench', ?, 0)")) {
			Random random = new Random(7);
			for (int n = 0; n < openLoans; n++) {
				loan.setLong(1, FIRST_ID + 1_000_000_000L + n);
				loan.setLong(2, FIRST_ID + 3_000_000_000L + n);
				loan.setLong(3, FIRST_ID + 2_000_000_000L + random.nextInt(patrons));
				loan.setTimestamp(4, now, Utc.calendar());
				loan.setDate(5, java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(random.nextInt(60) - 30)));
				loan.addBatch();
				if ((n + 1) % BATCH == 0) {
					loan.executeBatch();
					c.commit();
				}
			}
			loan.executeBatch();
			c.commit();
		}
		c.setAutoCommit(true);
	}

	/** The one-minute load average, or "?" where /proc is not there. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (java.io.IOException e) {
			return "?";
		}
	}

	private static String barcode(int n) {
		return String.format("3%08d", n);
	}

	private void figures(String name, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		line(String.format("%-16s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %6.1f ms   (%d in a row)", name,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length));
	}

	private void line(String text) {
		System.out.println("[circulation-bench] " + text);
		report.append(text).append('\n');
	}
}
