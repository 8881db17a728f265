package org.techserv.library.sru.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.sru.SruClient;
import org.techserv.library.sru.SruDiagnostic;
import org.techserv.library.sru.SruException;
import org.techserv.library.sru.SruHit;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruQuery;
import org.techserv.library.sru.SruResult;
import org.techserv.library.sru.SruTarget;

/** Searches a real Zebra server holding Debian's example MARCXML records, as a cataloguer would. */
class SruSearchTest {

	@TempDir
	static Path folder;

	static ZebraServer zebra;
	static SruClient client;
	static SruTarget target;

	@BeforeAll
	static void startZebra() throws Exception {
		zebra = ZebraServer.start(folder, Map.of("collection-damaged.xml", DamagedRecord.sandburgWithBadTag()));
		client = new SruClient();
		target = zebra.target("Zebra examples");
	}

	@AfterAll
	static void stopZebra() throws Exception {
		if (client != null) {
			client.close();
		}
		if (zebra != null) {
			zebra.close();
		}
	}

	@Test
	void aTitleSearchFindsTheThreeAidaRecordsWithTheirTitlesComposed() throws Exception {
		SruResult result = client.search(target, SruQuery.of(SruIndex.TITLE, "aida"), 1, 10, new NullProgressMonitor());

		assertEquals(3, result.total());
		assertEquals(List.of(), result.diagnostics());
		assertEquals(List.of("Aida 1913, 1982 : diario per una regia all'Arena", "Tsuioku to gambō no aida ni ikite",
				"Tsuma to onna no aida"), titles(result));
		String title = result.good().get(1).record().getTitle();
		assertTrue(Normalizer.isNormalized(title, Normalizer.Form.NFC), title);
		assertTrue(title.contains("\u014D"), "ō precomposed, as the server's o + combining macron reads: " + title);
		assertEquals(List.of(1, 2, 3), result.hits().stream().map(SruHit::position).toList());
		assertFalse(result.hasMore());
	}

	@Test
	void anAuthorSearchFindsVerdisTwoRecordings() throws Exception {
		SruResult result = client.search(target, SruQuery.of(SruIndex.AUTHOR, "verdi"), 1, 10, null);

		assertEquals(2, result.total());
		assertEquals(2, result.good().size());
		for (SruHit.Good hit : result.good()) {
			assertEquals("Verdi, Giuseppe", hit.record().getAuthor());
		}
		assertEquals(List.of("A\u00EFda. O patria mia", "Verdi arias III"), titles(result).stream().sorted().toList(),
				"ï composed from the server's i + combining diaeresis");
	}

	@Test
	void pagesFollowEachOtherFromStartForMaximumRecords() throws Exception {
		SruQuery aida = SruQuery.of(SruIndex.TITLE, "aida");
		SruResult all = client.search(target, aida, 1, 10, null);

		SruResult first = client.search(target, aida, 1, 2, null);
		SruResult second = client.search(target, aida, first.nextStart(), 2, null);

		assertEquals(3, first.total());
		assertEquals(2, first.hits().size());
		assertTrue(first.hasMore());
		assertEquals(3, first.nextStart());
		assertEquals(1, second.hits().size());
		assertEquals(3, second.hits().get(0).position());
		assertFalse(second.hasMore());
		assertEquals(titles(all).subList(2, 3), titles(second));
		SruResult countOnly = client.search(target, aida, 1, 0, null);
		assertEquals(3, countOnly.total());
		assertEquals(List.of(), countOnly.hits());
	}

	@Test
	void anIndexTheServerDoesNotSupportComesBackAsItsDiagnosticForTheUser() throws Exception {
		SruResult result = client.search(target, SruQuery.of(SruIndex.ANY, "aida"), 1, 10, null);

		assertEquals(0, result.total());
		assertEquals(List.of(), result.hits());
		SruDiagnostic diagnostic = result.diagnostics().get(0);
		assertEquals(SruDiagnostic.UNSUPPORTED_INDEX, diagnostic.number());
		assertEquals("1016", diagnostic.details(), "bib-1 'any', as Zebra names the index it lacks");
		assertEquals("Zebra examples: unsupported index: the server cannot search this way (try another kind of search)"
				+ " (diagnostic 16): 1016; the query was cql.serverChoice all \"aida\"", diagnostic.userMessage());
	}

	@Test
	void aTargetsOwnIndexNameIsUsed() throws Exception {
		SruTarget own = target.withIndex(SruIndex.TITLE, "title").withIndex(SruIndex.SUBJECT, "dc.subject");

		SruResult title = client.search(own, SruQuery.of(SruIndex.TITLE, "aida"), 1, 1, null);
		SruResult subject = client.search(own, SruQuery.of(SruIndex.SUBJECT, "opera"), 1, 1, null);
		SruResult both = client.search(own, SruQuery.of(SruIndex.TITLE, "aida").and(SruIndex.AUTHOR, "bosio"), 1, 5,
				null);

		assertEquals("title all \"aida\"", title.query());
		assertEquals(3, title.total());
		assertEquals(1, subject.total());
		assertEquals(1, both.total());
		assertEquals("Aida 1913, 1982 : diario per una regia all'Arena", titles(both).get(0));
	}

	@Test
	void aSchemaTheServerDoesNotKnowMakesEachRecordABadHitWithTheServersDiagnostic() throws Exception {
		SruTarget marcxml = target.edited("Zebra asked for marcxml", target.baseUrl(), "Default", "marcxml", 10);

		SruResult result = client.search(marcxml, SruQuery.of(SruIndex.TITLE, "aida"), 1, 10, null);

		assertEquals(3, result.total());
		assertEquals(3, result.hits().size());
		for (SruHit hit : result.hits()) {
			SruHit.Bad bad = assertInstanceOf(SruHit.Bad.class, hit);
			assertEquals("Zebra asked for marcxml: unknown record schema: the server does not offer the target's record"
					+ " schema (diagnostic 66): marcxml", bad.reason());
		}
	}

	@Test
	void recordsInAnotherSchemaAreBadHitsThatSaySo() throws Exception {
		SruTarget dublinCore = target.edited("Zebra asked for dc", target.baseUrl(), "Default", "dc", 10);

		SruResult result = client.search(dublinCore, SruQuery.of(SruIndex.TITLE, "aida"), 2, 1, null);

		SruHit.Bad bad = assertInstanceOf(SruHit.Bad.class, result.hits().get(0));
		assertEquals(2, bad.position());
		assertTrue(bad.reason().startsWith("Zebra asked for dc: record 2 is not MARCXML (it is <dc>)"), bad.reason());
	}

	@Test
	void aDamagedRecordIsABadHitAtItsPositionAndTheOthersStayUsable() throws Exception {
		SruResult result = client.search(target, SruQuery.of(SruIndex.TITLE, "arithmetic"), 1, 10, null);

		assertEquals(2, result.total(), "Sandburg's Arithmetic and its damaged copy");
		assertEquals(1, result.good().size());
		assertEquals("Arithmetic", result.good().get(0).record().getTitle());
		SruHit.Bad bad = result.hits().stream().filter(SruHit.Bad.class::isInstance).map(SruHit.Bad.class::cast)
				.findFirst().orElseThrow();
		assertEquals(result.hits().indexOf(bad) + 1, bad.position());
		assertEquals("Zebra examples: record " + bad.position() + " cannot be used: tag \"65O\" is not three digits.",
				bad.reason());
	}

	@Test
	void eachHitKeepsItsMarcxmlAsItStoodInTheResponse() throws Exception {
		SruResult result = client.search(target, SruQuery.of(SruIndex.TITLE, "arithmetic"), 1, 10, null);
		SruHit.Good hit = result.good().get(0);

		String original = new String(hit.original(), StandardCharsets.UTF_8);
		assertTrue(original.startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"), original);
		assertTrue(original.contains("<subfield code=\"a\">0152038655 :</subfield>"), original);
		assertTrue(original.contains("<subfield code=\"a\">Arithmetic /</subfield>"), original);
		BibliographicRecord record = hit.record();
		assertEquals("0152038655", record.getIsbn());
		assertEquals("Sandburg, Carl", record.getAuthor());
	}

	@Test
	void aDatabaseTheServerDoesNotHaveIsNamedWithTheHttpStatusAndThePage() throws Exception {
		SruTarget wrong = target.edited("Zebra, wrong database", target.baseUrl(), "Nothere", "marc", 10);

		SruException e = assertThrows(SruException.class,
				() -> client.search(wrong, SruQuery.of(SruIndex.TITLE, "aida"), 1, 10, null));

		assertEquals(SruException.Kind.HTTP_STATUS, e.kind());
		assertEquals(404, e.status());
		assertTrue(e.getMessage().startsWith("Zebra, wrong database: the server answered HTTP 404 instead of search "
				+ "results for " + zebra.baseUrl() + "/Nothere?version=1.2&operation=searchRetrieve&query=dc.title%20all"),
				e.getMessage());
		assertTrue(e.getMessage().contains("Check the target's base URL and database. (The page says: YAZ/"),
				e.getMessage());
	}

	private static List<String> titles(SruResult result) {
		return result.good().stream().map(hit -> hit.record().getTitle()).toList();
	}
}
