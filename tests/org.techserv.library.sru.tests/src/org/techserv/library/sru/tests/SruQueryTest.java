package org.techserv.library.sru.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.techserv.library.sru.SruClient;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruQuery;
import org.techserv.library.sru.SruTarget;

/** What the user types becomes CQL that searches exactly that, in the target's own index names. */
class SruQueryTest {

	private static final SruTarget USUAL = SruTarget.userDefined("Usual", "http://127.0.0.1:9", "db", "marcxml", 10);

	@Test
	void eachKindOfSearchUsesItsUsualCqlIndexWithAllWordsOrAnExactIsbn() {
		assertEquals("dc.title all \"la traviata\"", SruQuery.of(SruIndex.TITLE, "  la   traviata ").toCql(USUAL));
		assertEquals("dc.creator all \"verdi\"", SruQuery.of(SruIndex.AUTHOR, "verdi").toCql(USUAL));
		assertEquals("dc.subject all \"opera\"", SruQuery.of(SruIndex.SUBJECT, "opera").toCql(USUAL));
		assertEquals("cql.serverChoice all \"aida\"", SruQuery.of(SruIndex.ANY, "aida").toCql(USUAL));
		assertEquals("bath.isbn = \"015203865X\"", SruQuery.of(SruIndex.ISBN, "0-15-203865-x").toCql(USUAL));
		assertEquals("dc.title all \"aida\" and dc.creator all \"verdi\"",
				SruQuery.of(SruIndex.TITLE, "aida").and(SruIndex.AUTHOR, "verdi").toCql(USUAL));
	}

	@Test
	void quotesBackslashesAndMaskingCharactersAreSearchedAsTypedButTheAsteriskTruncates() {
		assertEquals("dc.title all \"Who's afraid\\?\"",
				SruQuery.of(SruIndex.TITLE, "Who's afraid?").toCql(USUAL));
		assertEquals("dc.title all \"the \\\"best\\\" of C:\\\\Temp \\^1\"",
				SruQuery.of(SruIndex.TITLE, "the \"best\" of C:\\Temp ^1").toCql(USUAL));
		assertEquals("dc.creator all \"verd*\"", SruQuery.of(SruIndex.AUTHOR, "verd*").toCql(USUAL));
	}

	@Test
	void aTargetsOwnIndexNamesReplaceTheUsualOnes() {
		SruTarget own = USUAL.withIndex(SruIndex.TITLE, "title").withIndex(SruIndex.ISBN, "local.isbn");

		assertEquals("title all \"aida\" and local.isbn = \"9780306406157\"",
				SruQuery.of(SruIndex.TITLE, "aida").and(SruIndex.ISBN, "978-0-306-40615-7").toCql(own));
	}

	@Test
	void theRequestCarriesVersionPagingSchemaAndTheEncodedQuery() {
		SruTarget loc = new SruTarget("x", "LC", "http://lx2.loc.gov:210", "LCDB", "marcxml", "1.1", 30,
				java.util.Map.of(), null);

		URI uri = SruClient.requestUri(loc, SruQuery.of(SruIndex.TITLE, "gambō & co").toCql(loc), 11, 10);

		assertEquals("http://lx2.loc.gov:210/LCDB?version=1.1&operation=searchRetrieve&query=dc.title%20all%20%22gamb"
				+ "%C5%8D%20%26%20co%22&startRecord=11&maximumRecords=10&recordPacking=xml&recordSchema=marcxml",
				uri.toString());
	}

	@Test
	void anEmptySearchOrAnIsbnThatIsNoneIsRefusedForTheUser() {
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
				() -> SruQuery.of(SruIndex.TITLE, "   "));
		IllegalArgumentException isbn = assertThrows(IllegalArgumentException.class,
				() -> SruQuery.of(SruIndex.ISBN, "Aida"));

		assertEquals("Enter what to search for in Title.", empty.getMessage());
		assertEquals("\"Aida\" is not an ISBN: 10 or 13 digits (the last of 10 may be X), hyphens and spaces allowed.",
				isbn.getMessage());
	}
}
