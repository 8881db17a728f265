package org.techserv.bench.catalogueview;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.store.MarcFiles;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.views.CatalogueView;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/**
 * The Catalogue view over a million records in the workbench, in a 256 MB heap (the budget): fills the
 * workspace's catalogue with varied copies of Debian's real records, then measures the time until the first rows
 * show, a jump to the middle and to the end of the list, and the heap the workbench uses with the list open.
 * Prints figures; asserts nothing about time.
 */
class CatalogueViewBenchmark {

	private static final Path SAMPLE = Path.of("/usr/share/doc/idzebra-2.0/examples/marc21/sample-marc.gz");
	private static final Path OPERA = Path.of("/usr/share/doc/idzebra-2.0/examples/marcxml/collection-opera-43.xml.gz");
	private final WorkbenchBot bot = new WorkbenchBot();

	@Test
	void theListOverAMillionRecords() throws Exception {
		int records = Integer.getInteger("techserv.bench.records", 1_000_000);
		bot.workbenchShell();
		LibraryStore store = UIThread.syncExec(Services::store);
		long have = store.records().count();
		if (have < records) {
			Path file = Files.createTempFile("catalogue-bench", ".mrc");
			write(file, records - (int) have);
			long start = System.nanoTime();
			try (InputStream in = MarcFiles.open(file)) {
				store.marcImport().run(in, MarcFormat.ISO2709, "bench", Duplicates.KEEP_BOTH, -1, new NullProgressMonitor());
			}
			say("filled %d records in %.1f s", store.records().count(), (System.nanoTime() - start) / 1e9);
			Files.delete(file);
		}
		bot.switchPerspective(LibraryUiIds.PERSPECTIVE);
		bot.resetWorkbench();
		bot.switchPerspective(LibraryUiIds.PERSPECTIVE);
		// rounds 0-4 while the search index may still catch up (the list comes from Derby), 5-9 once it is current
		// (the list comes from the index)
		for (int round = 0; round < 10; round++) {
			if (round == 5) {
				long waiting = System.nanoTime();
				while (Services.search().everyRecordIfCurrent().isEmpty()) {
					Thread.sleep(200);
				}
				say("index current %.1f s after round 4", (System.nanoTime() - waiting) / 1e9);
			}
			UIThread.syncExec(() -> WorkbenchBot.page().hideView(WorkbenchBot.page().findView(LibraryUiIds.CATALOGUE_VIEW)));
			long opened = System.nanoTime();
			UIThread.syncExec(() -> WorkbenchBot.page().showView(LibraryUiIds.CATALOGUE_VIEW));
			Table table = UIThread.syncExec(() -> (Table) find(LibraryUiIds.CATALOGUE_VIEW));
			await(() -> UIThread.syncExec(() -> table.getItemCount() > 0 && !table.getItem(0).getText(0).isEmpty()));
			long first = System.nanoTime() - opened;
			// the table may show the first screens before it has every row (GrowingItemCount): the jumps need all
			long total = store.records().count();
			await(() -> UIThread.syncExec(() -> table.getItemCount() == total));
			long whole = System.nanoTime() - opened;
			int count = UIThread.syncExec(table::getItemCount);
			long middle = jump(table, count / 2);
			long end = jump(table, count - 1);
			say("round %d (%s): %d rows; first rows %d ms, every row in the table %d ms, jump to the middle %d ms, "
					+ "to the end %d ms", round, round < 5 ? "index catching up or not yet asked" : "index current", count,
					first / 1_000_000, whole / 1_000_000, middle / 1_000_000, end / 1_000_000);
		}
		narrowing(store.records().count());
		System.gc();
		Thread.sleep(500);
		System.gc();
		var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		say("heap with the list of %d records open: %d MB used after GC, max %d MB", store.records().count(),
				heap.getUsed() >> 20, heap.getMax() >> 20);
	}

	/**
	 * Searches typed over the whole list: from every record to a title word's hits and to one record, and back.
	 * Times until the new rows show (the table fresh or cut) and until the whole list is back.
	 */
	private static void narrowing(long total) throws Exception {
		Text search = UIThread.syncExec(() -> (Text) find(LibraryUiIds.CATALOGUE_VIEW, CatalogueView.KEY_SEARCH));
		List<String> queries = queries();
		for (int round = 0; round < 3; round++) {
			for (String query : queries) {
				int hits = Services.search().ids(query).length;
				long start = System.nanoTime();
				UIThread.syncExec(() -> search.setText(query));
				await(() -> UIThread.syncExec(() -> {
					Table table = (Table) find(LibraryUiIds.CATALOGUE_VIEW);
					int rows = table.getItemCount(); // the first screens at once, the rest may still grow
					return rows <= hits && rows >= Math.min(hits, 2_000) && !table.getItem(0).getText(0).isEmpty();
				}));
				long shown = System.nanoTime() - start;
				start = System.nanoTime();
				UIThread.syncExec(() -> search.setText("")); //$NON-NLS-1$
				await(() -> UIThread.syncExec(() -> {
					Table table = (Table) find(LibraryUiIds.CATALOGUE_VIEW);
					return table.getItemCount() == total && !table.getItem(0).getText(0).isEmpty();
				}));
				long back = System.nanoTime() - start;
				say("narrowing round %d: '%s' (%d hits) from %d rows: its rows show %d ms; every record again %d ms", round,
						query, hits, total, shown / 1_000_000, back / 1_000_000);
			}
		}
	}

	/** A title word with many hits (fewer than 600 000) and a record's own number (one hit). */
	private static List<String> queries() throws Exception {
		String many = null;
		int most = 0;
		for (String word : java.util.Set.of("opera", "aida", "verdi", "carmen", "tosca", "boheme", "music", "songs")) {
			int hits = Services.search().ids(word).length;
			if (hits > most && hits < 600_000) {
				many = word;
				most = hits;
			}
		}
		List<String> queries = new ArrayList<>();
		if (many != null) {
			queries.add(many);
		}
		queries.add("500000"); // the title number of one copy
		return queries;
	}

	/** Scrolls the table so that row {@code index} shows; returns how long until its text is there. */
	private static long jump(Table table, int index) {
		long start = System.nanoTime();
		UIThread.syncExec(() -> {
			table.setTopIndex(index);
			table.showItem(table.getItem(index));
		});
		await(() -> UIThread.syncExec(() -> !table.getItem(index).getText(0).isEmpty()));
		return System.nanoTime() - start;
	}

	private static Object find(String viewId) {
		return find(viewId, CatalogueView.KEY_TABLE);
	}

	private static Object find(String viewId, String key) {
		CatalogueView view = (CatalogueView) WorkbenchBot.page().findView(viewId);
		return find(view.getViewSite().getShell(), key);
	}

	private static Object find(org.eclipse.swt.widgets.Control control, String key) {
		if (key.equals(control.getData(org.techserv.workbench.WorkbenchIds.WIDGET_KEY)) && control.isVisible()) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				Object found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void await(BooleanSupplier done) {
		long deadline = System.nanoTime() + 600_000_000_000L;
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the list did not fill within 10 minutes");
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** {@code count} records varied from the real ones: their own control number and a numbered title. */
	private static void write(Path file, int count) throws Exception {
		List<BibliographicRecord> real = new ArrayList<>();
		read(SAMPLE, MarcFormat.ISO2709, real);
		read(OPERA, MarcFormat.MARCXML, real);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16);
				MarcWriting writing = new MarcWriting(out, MarcFormat.ISO2709)) {
			for (int k = 0; k < count; k++) {
				BibliographicRecord record = EcoreUtil.copy(real.get(k % real.size()));
				record.getDataFields().removeIf(f -> "020".equals(f.getTag()));
				for (ControlField field : record.getControlFields()) {
					if ("001".equals(field.getTag())) {
						field.setValue("bench" + k);
					}
				}
				for (DataField field : record.getDataFields()) {
					if ("245".equals(field.getTag())) {
						Subfield a = field.getSubfields().get(0);
						a.setValue(a.getValue() + " " + k);
					}
				}
				writing.write(record);
			}
		}
	}

	private static void read(Path file, MarcFormat format, List<BibliographicRecord> into) throws Exception {
		try (InputStream in = MarcFiles.open(file)) {
			MarcReading.read(in, format, r -> {
				if (r instanceof ReadResult.Good good) {
					into.add(good.record());
				}
			});
		}
	}

	private static void say(String format, Object... values) throws Exception {
		String line = "[catalogueview-bench] " + String.format(format, values);
		System.out.println(line);
		String out = System.getProperty("techserv.bench.out");
		if (out != null) {
			Files.writeString(Path.of(out), line + System.lineSeparator(), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
	}
}
