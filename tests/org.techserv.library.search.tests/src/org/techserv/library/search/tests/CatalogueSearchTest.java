package org.techserv.library.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;
import org.techserv.library.model.util.RecordValues;
import org.techserv.library.search.CatalogueIndex;
import org.techserv.library.search.CatalogueIndex.Sync;
import org.techserv.library.search.CatalogueOrder;
import org.techserv.library.search.IndexedCatalogue;
import org.techserv.library.search.SearchResult;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * The catalogue index over a real embedded database filled by the MARC import from Debian's idzebra example
 * records (24 Library of Congress records in ISO 2709 / MARC-8, 43 opera records in MARCXML), kept in step
 * through the store's change events. Expected hits are worked out from the records themselves.
 */
class CatalogueSearchTest {

	static final Path SAMPLE = Path.of("/usr/share/doc/idzebra-2.0/examples/marc21/sample-marc.gz");
	static final Path OPERA = Path.of("/usr/share/doc/idzebra-2.0/examples/marcxml/collection-opera-43.xml.gz");

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private BibliographicRecordRepository records;
	private IndexedCatalogue catalogue;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		records = new BibliographicRecordRepository(database);
		catalogue = IndexedCatalogue.open(database, indexFolder());
		assertTrue(catalogue.index().needsRebuild(), "a new index is not yet known to match the store");
		assertEquals(Sync.REBUILT, catalogue.synchronise(new NullProgressMonitor()));
		importFile(SAMPLE, MarcFormat.ISO2709);
		importFile(OPERA, MarcFormat.MARCXML);
	}

	@AfterEach
	void close() throws Exception {
		if (catalogue != null) {
			catalogue.close();
		}
		database.close();
	}

	@Test
	void importedRecordsAreFoundByTheWordsOfTheirTitlesNamesAndSubjects() throws Exception {
		Map<Long, BibliographicRecord> all = stored();
		assertEquals(all.size(), catalogue.index().size(), "every imported record is indexed");

		long aidaBook = idOfTitle(all, "Aida 1913, 1982");
		long aidaRecording = idOfTitle(all, "Aïda. O patria mia");
		Set<Long> aida = set(catalogue.search("aida", 100, CatalogueOrder.RELEVANCE));
		assertTrue(aida.containsAll(Set.of(aidaBook, aidaRecording)), aida.toString());
		assertEquals(expected(all, r -> words(everything(r)).contains("aida")), aida);

		Set<Long> opera = set(catalogue.search("aida verdi", 100, CatalogueOrder.RELEVANCE));
		assertTrue(opera.containsAll(Set.of(aidaBook, aidaRecording)), opera.toString());
		assertTrue(opera.stream().allMatch(id -> words(everything(all.get(id))).contains("verdi")),
				"both words, in every hit");
		assertFalse(opera.contains(idOfTitle(all, "Tsuma to onna no aida")), "the Japanese word alone is not enough");

		assertEquals(expected(all, r -> words(fields(r, "100110111700710711", "abcdq")).contains("verdi")),
				set(catalogue.search("author:verdi", 100)));
		assertTrue(set(catalogue.search("verdi", 100)).containsAll(set(catalogue.search("author:verdi", 100))));
		assertEquals(expected(all, r -> words(fields(r, "6", "abcdvxyz")).contains("operas")),
				set(catalogue.search("subject:operas", 100)));
		assertEquals(expected(all, r -> words(fields(r, "6", "abcdvxyz")).containsAll(List.of("data", "processing"))),
				set(catalogue.search("subject:data subject:processing", 100)));
		assertEquals(Set.of(idOfTitle(all, "The Puget Sound Region")), set(catalogue.search("title:puget", 10)));
	}

	@Test
	void accentsAndCaseDoNotMatterAndTheLastWordIsAPrefixWhileTyping() throws Exception {
		Set<Long> plain = set(catalogue.search("aida", 100));
		assertEquals(plain, set(catalogue.search("AÏDA", 100)));
		assertEquals(plain, set(catalogue.search("Aída", 100)));
		// stored with a combining acute accent (A i U+0301 d a) in the MARCXML file
		long carlucci = idOfAuthor(stored(), "Kemelmajer de Carlucci");
		assertTrue(set(catalogue.search("carlucci aida", 10)).contains(carlucci));

		assertEquals(set(catalogue.search("verdi", 100)), set(catalogue.search("verd", 100)), "typing: prefix");
		assertEquals(0, catalogue.search("verd ", 100).total(), "a space ends the word");
		assertEquals(set(catalogue.search("verdi", 100)), set(catalogue.search("verd* ", 100)));
	}

	@Test
	void anIsbnIsFoundWithOrWithoutHyphensAsIsbn10OrIsbn13() throws Exception {
		Map<Long, BibliographicRecord> all = stored();
		long tomography = idOfTitle(all, "Reconstruction tomography");
		for (String query : List.of("0839108826", "0-8391-0882-6", "9780839108825", "978-0-8391-0882-5",
				"isbn:0-8391-0882-6", "isbn:9780839108825", "ISBN:\"978 0 8391 0882 5\"")) {
			assertEquals(1, catalogue.search(query, 10).total(), query);
			assertEquals(tomography, catalogue.search(query, 10).ids()[0], query);
		}
		// catalogued as "0879832355 (pbk.) : $4.95"
		assertEquals(Set.of(idOfTitle(all, "Four psalms")), set(catalogue.search("9780879832353", 10)));
		assertEquals(Set.of(idOfTitle(all, "Four psalms")), set(catalogue.search("isbn:978087983", 10)), "prefix");
		assertEquals(Set.of(idOfTitle(all, "Internet world")), set(catalogue.search("issn:1064-3923", 10)));
		assertEquals(Set.of(idOfTitle(all, "Internet world")), set(catalogue.search("10643923", 10)));
		assertEquals(0, catalogue.search("isbn:0839108827", 10).total(), "another check digit is another book");
	}

	@Test
	void aCallNumberFindsEveryCallNumberItBegins() throws Exception {
		Map<Long, BibliographicRecord> all = stored();
		Set<Long> bible = expected(all, r -> fields(r, "050", "a").stream().anyMatch(a -> a.startsWith("BS")));
		assertEquals(3, bible.size(), "BS421, BS1275.5, BS1433 in the sample");
		assertEquals(bible, set(catalogue.search("call:BS", 10)));
		assertEquals(bible, set(catalogue.search("call:bs ", 10)));
		// 050 $a QC100 $b .U57 no. 500-9 $a QA76.9.A25: the second $a is a call number of its own
		long passwords = idOfTitle(all, "The use of passwords");
		assertEquals(Set.of(passwords), set(catalogue.search("call:QA76", 10)));
		assertEquals(Set.of(passwords), set(catalogue.search("call:\"QA 76.9\"", 10)));
		assertTrue(set(catalogue.search("QA76.9", 10)).contains(passwords), "a call number without the prefix");
		assertEquals(expected(all, r -> fields(r, "050", "a").stream().anyMatch(a -> a.startsWith("RC7"))),
				set(catalogue.search("call:RC7", 10)));
	}

	@Test
	void searchesRunningTogetherAllSeeTheChangeMadeBeforeThem() throws Exception {
		long id = idOfTitle(stored(), "The Puget Sound Region");
		ExecutorService searchers = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 30; round++) {
				String word = "harbourcharts" + round;
				BibliographicRecord record = records.load(id);
				RecordValues.first(record, "245").getSubfields().get(0).setValue("The " + word + " of the Sound :");
				records.save(record);

				CountDownLatch go = new CountDownLatch(1);
				List<Future<Integer>> found = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					found.add(searchers.submit(() -> {
						go.await();
						return catalogue.search(word, 10).total();
					}));
				}
				go.countDown();
				for (Future<Integer> hits : found) {
					assertEquals(1, hits.get(), "round " + round + ": every search sees the title saved before it");
				}
			}
		} finally {
			searchers.shutdownNow();
		}
	}

	@Test
	void anEditedTitleIsFoundAndTheOldOneNoLonger() throws Exception {
		long id = idOfTitle(stored(), "The Puget Sound Region");
		BibliographicRecord record = records.load(id);
		Subfield title = RecordValues.first(record, "245").getSubfields().get(0);
		title.setValue("Harbour charts of the Salish Sea :");
		records.save(record);

		assertEquals(0, catalogue.search("title:puget", 10).total());
		assertEquals(Set.of(id), set(catalogue.search("puget", 10)), "still in its subject (651)");
		assertEquals(Set.of(id), set(catalogue.search("salish harbour", 10)));
		assertEquals(Set.of(id), set(catalogue.search("title:\"harbour charts\"", 10)));
		assertEquals(0, catalogue.search("title:\"charts harbour\"", 10).total(), "a phrase keeps its order");
	}

	@Test
	void aRecordWrittenAgainIsThereOnceAfterARebuildAndAfterReopening() throws Exception {
		// new records are added without looking for an older copy: one written again must still replace its copy
		long id = idOfTitle(stored(), "The Puget Sound Region");
		catalogue.index().rebuild(records, new NullProgressMonitor());
		retitle(id, "Harbour charts :");
		Path index = catalogue.index().folder();
		catalogue.close();
		catalogue = IndexedCatalogue.open(database, index);
		assertEquals(Sync.CURRENT, catalogue.synchronise(new NullProgressMonitor()));
		retitle(id, "Harbour maps :");
		BibliographicRecord added = EcoreUtil.copy(records.load(idOfTitle(stored(), "Reconstruction tomography")));
		added.setId(0);
		added.setVersion(0);
		records.save(added);
		retitle(added.getId(), "Tomography atlas :");

		assertEquals(records.count(), catalogue.index().size());
		assertEquals(Set.of(id), set(catalogue.search("harbour", 10)));
		assertEquals(0, catalogue.search("charts", 10).total());
		assertEquals(Set.of(added.getId()), set(catalogue.search("atlas", 10)));
	}

	private void retitle(long id, String title) throws Exception {
		BibliographicRecord record = records.load(id);
		RecordValues.first(record, "245").getSubfields().get(0).setValue(title);
		records.save(record);
	}

	@Test
	void aDeletedRecordIsGone() throws Exception {
		long id = idOfTitle(stored(), "Reconstruction tomography");
		assertEquals(1, catalogue.search("0839108826", 10).total());
		records.delete(records.load(id));
		assertEquals(0, catalogue.search("0839108826", 10).total());
		assertEquals(0, catalogue.search("tomography", 10).total());
		assertEquals(records.count(), catalogue.index().size());
	}

	@Test
	void anIndexBuiltAgainFromTheStoreAnswersAlike() throws Exception {
		Map<String, SearchResult> before = answers();
		Path index = catalogue.index().folder();
		catalogue.close();
		deleteTree(index);

		catalogue = IndexedCatalogue.open(database, index);
		assertTrue(catalogue.index().needsRebuild());
		assertEquals(0, catalogue.search("aida", 10).total(), "nothing until it is built");
		assertEquals(Sync.REBUILT, catalogue.synchronise(new NullProgressMonitor()));
		assertSameAnswers(before, answers());
	}

	@Test
	void aDamagedIndexIsBuiltAgain() throws Exception {
		Map<String, SearchResult> before = answers();
		Path index = catalogue.index().folder();
		catalogue.close();
		try (var files = Files.list(index)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}

		catalogue = IndexedCatalogue.open(database, index);
		assertTrue(catalogue.index().needsRebuild());
		assertEquals(Sync.REBUILT, catalogue.synchronise(new NullProgressMonitor()));
		assertSameAnswers(before, answers());
	}

	@Test
	void changesMadeWhileTheIndexWasClosedAreCaughtUpWhenItOpens() throws Exception {
		Path index = catalogue.index().folder();
		catalogue.close();
		catalogue = null;
		long id = idOfTitle(stored(), "The Puget Sound Region");
		BibliographicRecord record = records.load(id);
		RecordValues.first(record, "245").getSubfields().get(0).setValue("Harbour charts :");
		records.save(record);
		long deleted = idOfTitle(stored(), "Four psalms");
		records.delete(records.load(deleted));

		catalogue = IndexedCatalogue.open(database, index);
		assertFalse(catalogue.index().needsRebuild());
		assertEquals(Sync.CAUGHT_UP, catalogue.synchronise(new NullProgressMonitor()));
		assertEquals(Set.of(id), set(catalogue.search("harbour", 10)));
		assertEquals(0, catalogue.search("title:puget", 10).total());
		assertEquals(0, catalogue.search("psalms", 10).total());
		assertEquals(Sync.CURRENT, catalogue.synchronise(new NullProgressMonitor()));
	}

	@Test
	void cancellingARebuildLeavesTheIndexAsItWas() throws Exception {
		Map<String, SearchResult> before = answers();
		long generation = catalogue.index().generation();
		Path index = catalogue.index().folder();

		assertThrows(OperationCanceledException.class,
				() -> catalogue.index().rebuild(records, new CancelAfter(20)));
		assertSameAnswers(before, answers());
		assertEquals(generation, catalogue.index().generation());
		assertFalse(Files.exists(index.resolveSibling(index.getFileName() + ".new")), "nothing left beside it");

		// still kept in step, and a rebuild that runs to the end gives the same answers
		long id = idOfTitle(stored(), "The Puget Sound Region");
		BibliographicRecord record = records.load(id);
		RecordValues.first(record, "245").getSubfields().get(0).setValue("Harbour charts :");
		records.save(record);
		assertEquals(Set.of(id), set(catalogue.search("harbour", 10)));
		catalogue.index().rebuild(records, new NullProgressMonitor());
		assertEquals(Set.of(id), set(catalogue.search("harbour", 10)));
		assertEquals(records.count(), catalogue.index().size());
	}

	@Test
	void cancellingTheFirstBuildLeavesAnIndexThatStillNeedsIt() throws Exception {
		Path index = catalogue.index().folder();
		catalogue.close();
		deleteTree(index);
		catalogue = IndexedCatalogue.open(database, index);

		assertThrows(OperationCanceledException.class, () -> catalogue.synchronise(new CancelAfter(5)));
		assertTrue(catalogue.index().needsRebuild());
		assertEquals(0, catalogue.search("aida", 10).total());
		assertEquals(Sync.REBUILT, catalogue.synchronise(new NullProgressMonitor()));
		assertTrue(catalogue.search("aida", 10).total() > 0);
	}

	@Test
	void changesInAnotherDatabaseAreNotTaken() throws Exception {
		int indexed = catalogue.index().size();
		try (EmbeddedDerby other = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("other")))) {
			try (Connection connection = other.connect()) {
				new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
			}
			try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE))) {
				new MarcImport(other).run(in, MarcFormat.ISO2709, "other", Duplicates.KEEP_BOTH, -1, new NullProgressMonitor());
			}
		}
		assertEquals(indexed, catalogue.index().size());
	}

	@Test
	void oddQueriesNeverFail() throws Exception {
		List<String> odd = new ArrayList<>(List.of("", " ", "\"", "\"\"", ":", "::", "title:", "title:\"", "title: ",
				"isbn:", "isbn:abc", "isbn:-", "issn:x", "call:", "call:\"", "year:abcd", "year:", "AND", "OR OR",
				"NOT aida", "*", "?", "**", "a*b", "(", ")", "[aida]", "{", "\\", "-", "+", "+aida -verdi",
				"aida && verdi || x", "title:aida author:", "\"unclosed phrase", "aida~2", "aida^3", "~", "^",
				"foo:bar", "ti:ti:ti:", "author:\"verdi", "\u0000", "\t\n", "\u00A0aida\u00A0", "\uD83C\uDFB6 aida",
				"'", "'aida'", "aida's", "/", "//", "a/b", "title:/regex/", "[* TO *]", "year:[1900 TO 2000]",
				"\u0301", "A\u0301", "x".repeat(10_000), "aida ".repeat(500)));
		Random random = new Random(11);
		String alphabet = "aiverd \"':*?~^+-!&|()[]{}\\/0123456789X-:title:isbn:call:";
		for (int i = 0; i < 2_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int j = random.nextInt(20); j > 0; j--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			odd.add(text.toString());
		}
		for (String text : odd) {
			for (CatalogueOrder order : CatalogueOrder.values()) {
				SearchResult result = catalogue.search(text, 20, order);
				assertTrue(result.total() >= result.ids().length, text);
			}
		}
		assertEquals(set(catalogue.search("title:aida", 100)), set(catalogue.search("title: aida", 100)));
		assertEquals(set(catalogue.search("aida verdi", 100)), set(catalogue.search("aida AND verdi", 100)));
		assertEquals(records.count(), catalogue.search("\"", 1000).total(), "no word: every record");
	}

	@Test
	void resultsComeInTheOrderAskedFor() throws Exception {
		Map<Long, BibliographicRecord> all = stored();
		long[] byTitle = catalogue.search("", 1000, CatalogueOrder.TITLE).ids();
		assertEquals(all.size(), byTitle.length);
		List<Long> order = LongStream.of(byTitle).boxed().toList();
		// 245 indicator 2 = 4: "The Computer Bible" files under C, before "Computer processing..."
		assertTrue(order.indexOf(idOfTitle(all, "The Computer Bible")) < order
				.indexOf(idOfTitle(all, "Computer processing of dynamic images")));
		assertTrue(order.indexOf(idOfTitle(all, "Computer processing of dynamic images")) < order
				.indexOf(idOfTitle(all, "Deuteronomy")));

		long[] newest = catalogue.search("", 1000, CatalogueOrder.NEWEST).ids();
		for (int i = 1; i < newest.length; i++) {
			assertTrue(newest[i - 1] > newest[i]);
		}
		long[] byYear = catalogue.search("computer", 100, CatalogueOrder.YEAR).ids();
		for (int i = 1; i < byYear.length; i++) {
			assertTrue(year(all.get(byYear[i - 1])) >= year(all.get(byYear[i])), "newest year first");
		}
		SearchResult first = catalogue.search("", 5, CatalogueOrder.NEWEST);
		assertEquals(5, first.ids().length);
		assertEquals(all.size(), first.total(), "the total counts past the ids returned");
	}

	@Test
	void theWholeListOfHitsComesInTheSameOrderAsThePages() throws Exception {
		for (String query : List.of("", "computer", "verdi", "opera", "comp", "call:BS", "aida verdi", "nothing-like-this")) {
			for (CatalogueOrder order : CatalogueOrder.values()) {
				SearchResult page = catalogue.search(query, 1000, order);
				long[] all = catalogue.index().ids(query, order);
				assertEquals(page.total(), all.length, query + " " + order);
				assertEquals(LongStream.of(page.ids()).boxed().toList(), LongStream.of(all).boxed().toList(),
						query + " " + order);
			}
		}
		long[] byTitle = catalogue.index().ids("", CatalogueOrder.TITLE);
		long untitled = byTitle[byTitle.length - 1];
		assertTrue(stored().get(untitled).getTitle() != null, "every sample record has a title");
	}

	// --- helpers

	private Path indexFolder() {
		return folder.resolve("index");
	}

	private void importFile(Path file, MarcFormat format) throws Exception {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			new MarcImport(database).run(in, format, file.getFileName().toString(), Duplicates.SKIP, -1,
					new NullProgressMonitor());
		}
	}

	private Map<Long, BibliographicRecord> stored() throws Exception {
		Map<Long, BibliographicRecord> all = new LinkedHashMap<>();
		records.forEachRecord(r -> {
			all.put(r.getId(), r);
			return true;
		});
		return all;
	}

	private static long idOfTitle(Map<Long, BibliographicRecord> all, String start) {
		return all.values().stream().filter(r -> r.getTitle() != null && r.getTitle().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no record titled " + start)).getId();
	}

	private static long idOfAuthor(Map<Long, BibliographicRecord> all, String start) {
		return all.values().stream()
				.filter(r -> fields(r, "100700", "a").stream().anyMatch(a -> a.startsWith(start))).findFirst()
				.orElseThrow(() -> new AssertionError("no record by " + start)).getId();
	}

	private static Set<Long> expected(Map<Long, BibliographicRecord> all, Predicate<BibliographicRecord> matches) {
		return all.values().stream().filter(matches).map(BibliographicRecord::getId)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<Long> set(SearchResult result) {
		assertEquals(result.total(), result.ids().length, "all hits asked for");
		return LongStream.of(result.ids()).boxed().collect(Collectors.toCollection(TreeSet::new));
	}

	/** Subfield values of the fields whose tag is in {@code tags} (three-digit groups, or one digit: 6XX). */
	private static List<String> fields(BibliographicRecord record, String tags, String codes) {
		List<String> values = new ArrayList<>();
		for (DataField field : record.getDataFields()) {
			boolean wanted = tags.length() == 1 ? field.getTag().startsWith(tags) : tagIn(field.getTag(), tags);
			if (wanted) {
				for (Subfield subfield : field.getSubfields()) {
					if (codes.indexOf(subfield.getCode()) >= 0 && subfield.getValue() != null) {
						values.add(subfield.getValue());
					}
				}
			}
		}
		return values;
	}

	private static boolean tagIn(String tag, String tags) {
		for (int i = 0; i + 3 <= tags.length(); i += 3) {
			if (tags.substring(i, i + 3).equals(tag)) {
				return true;
			}
		}
		return false;
	}

	/** What the index is meant to cover: titles, names, subjects, contents, publisher, series, edition. */
	private static List<String> everything(BibliographicRecord record) {
		List<String> values = new ArrayList<>();
		values.addAll(fields(record, "245130240246730740", "abcnp"));
		values.addAll(fields(record, "100110111700710711", "abcdq"));
		values.addAll(fields(record, "6", "abcdvxyz"));
		values.addAll(fields(record, "505", "agrt"));
		values.addAll(fields(record, "260264", "ab"));
		values.addAll(fields(record, "250440490800810830", "anpv"));
		return values;
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Words as a reader sees them: accents and case dropped. */
	private static Set<String> words(List<String> values) {
		Set<String> words = new TreeSet<>();
		for (String value : values) {
			String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
					.toLowerCase(Locale.ROOT);
			var matcher = WORD.matcher(plain);
			while (matcher.find()) {
				words.add(matcher.group());
			}
		}
		return words;
	}

	private static int year(BibliographicRecord record) {
		return record.getYear() == null ? 0 : Integer.parseInt(record.getYear());
	}

	private Map<String, SearchResult> answers() throws Exception {
		Map<String, SearchResult> answers = new LinkedHashMap<>();
		for (String query : List.of("aida", "verdi", "aida verdi", "author:verdi", "subject:operas", "computer",
				"0839108826", "call:BS", "title:\"magic flute\"", "electra", "", "puget")) {
			answers.put(query, catalogue.search(query, 1000));
		}
		return answers;
	}

	private static void assertSameAnswers(Map<String, SearchResult> expected, Map<String, SearchResult> actual) {
		for (String query : expected.keySet()) {
			assertEquals(expected.get(query).total(), actual.get(query).total(), query);
			assertEquals(set(expected.get(query)), set(actual.get(query)), query);
		}
	}

	private static void deleteTree(Path path) throws Exception {
		try (var paths = Files.walk(path)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** A user who presses Cancel after a while. */
	private static final class CancelAfter extends NullProgressMonitor {
		private int checks;

		CancelAfter(int checks) {
			this.checks = checks;
		}

		@Override
		public boolean isCanceled() {
			return --checks < 0;
		}
	}
}
