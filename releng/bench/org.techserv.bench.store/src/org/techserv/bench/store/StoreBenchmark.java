package org.techserv.bench.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Priority;
import org.techserv.model.core.Task;
import org.techserv.model.store.TaskRepository;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.ClientDerby;
import org.techserv.store.internal.DatabaseServer;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * Prints insert, load-by-id and update throughput and p50/p95 latency for N work items (default 100 000) through
 * the real repositories: embedded Derby, then the network server with authentication. Every save is its own
 * transaction, committed to disk, as in the workbench. Not a test: it asserts nothing; it measures.
 */
class StoreBenchmark {

	private static final int SAMPLES = 10_000;

	@TempDir
	Path folder;

	private final StringBuilder report = new StringBuilder();

	@Test
	void workItems() throws Exception {
		int items = Integer.getInteger("techserv.bench.items", 100_000);
		line("work items: " + items + " inserted, " + SAMPLES + " loaded by id and " + SAMPLES
				+ " updated (each its own transaction); " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ Runtime.version());

		EmbeddedDerby embedded = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("embedded")));
		migrate(embedded);
		run("embedded", embedded, items);
		embedded.close();

		StringWriter serverLog = new StringWriter();
		DatabaseServer server = DatabaseServer.start(folder.resolve("server"), "127.0.0.1", freePort(), "admin",
				"bench".toCharArray(), new PrintWriter(serverLog, true), false);
		try {
			Database client = new ClientDerby(new DatabaseSettings(DatabaseSettings.Mode.SERVER, server.database(),
					"127.0.0.1", server.port(), server.database().toString(), "admin"), problem -> "bench".toCharArray());
			run("network server", client, items);
		} finally {
			server.close();
		}
		String out = System.getProperty("techserv.bench.out");
		if (out != null) {
			Files.writeString(Path.of(out), report);
		}
	}

	private void run(String mode, Database database, int items) throws Exception {
		TaskRepository tasks = new TaskRepository(database);
		long[] ids = new long[items];
		long[] latency = new long[items];
		long start = System.nanoTime();
		for (int i = 0; i < items; i++) {
			Task task = task(i);
			long t0 = System.nanoTime();
			tasks.save(task);
			latency[i] = System.nanoTime() - t0;
			ids[i] = task.getId();
		}
		figures(mode, "insert", latency, System.nanoTime() - start);

		Random random = new Random(42);
		long[] loads = new long[SAMPLES];
		start = System.nanoTime();
		for (int i = 0; i < SAMPLES; i++) {
			long id = ids[random.nextInt(items)];
			long t0 = System.nanoTime();
			tasks.load(id);
			loads[i] = System.nanoTime() - t0;
		}
		figures(mode, "load by id", loads, System.nanoTime() - start);

		long[] updates = new long[SAMPLES];
		start = System.nanoTime();
		for (int i = 0; i < SAMPLES; i++) {
			Task task = tasks.load(ids[random.nextInt(items)]);
			task.setTitle(task.getTitle() + " (checked)");
			task.setPriority(Priority.HIGH);
			long t0 = System.nanoTime();
			tasks.save(task);
			updates[i] = System.nanoTime() - t0;
		}
		figures(mode, "update", updates, 0);
	}

	private void figures(String mode, String operation, long[] nanos, long wall) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double p50 = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[(int) (sorted.length * 0.95)] / 1e6;
		double total = Arrays.stream(nanos).sum() / 1e9;
		line(String.format("%-15s %-11s %8.0f ops/s   p50 %6.2f ms   p95 %6.2f ms%s", mode, operation,
				nanos.length / total, p50, p95, wall > 0 ? String.format("   (%d in %.1f s)", nanos.length, wall / 1e9) : ""));
	}

	private void line(String text) {
		System.out.println("[store-bench] " + text);
		report.append(text).append('\n');
	}

	private static Task task(int i) {
		Task task = CoreFactory.eINSTANCE.createTask();
		task.setNumber("BENCH-" + i);
		task.setTitle("Preventive maintenance of air conditioner unit " + i);
		task.setStatus(i % 3 == 0 ? "DONE" : "OPEN");
		task.setPriority(Priority.NORMAL);
		task.setDueDate(LocalDate.of(2027, 1, 1).plusDays(i % 365));
		task.setDescription("Clean filters, check refrigerant pressure and drain line.");
		return task;
	}

	private static void migrate(Database database) throws Exception {
		try (Connection connection = database.connect()) {
			new Migrator("bench").migrate(connection, MigrationRegistry.contributed());
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}
}
