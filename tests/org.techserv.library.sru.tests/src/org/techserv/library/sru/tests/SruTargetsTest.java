package org.techserv.library.sru.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruTarget;
import org.techserv.library.sru.SruTargets;

/** The targets registry in a running platform: contributions through the extension point, the user's own. */
class SruTargetsTest {

	private IEclipsePreferences preferences;

	@BeforeEach
	void clean() throws Exception {
		preferences = InstanceScope.INSTANCE.getNode(SruTargets.PREFERENCE_NODE);
		preferences.clear();
		for (String child : preferences.childrenNames()) {
			preferences.node(child).removeNode();
		}
		preferences.flush();
	}

	@AfterEach
	void forget() throws Exception {
		clean();
	}

	@Test
	void theLibraryOfCongressComesWithTheBundle() {
		SruTarget loc = SruTargets.installed().find("org.techserv.library.sru.loc");

		assertNotNull(loc);
		assertEquals("Library of Congress", loc.name(), "translated from plugin.properties");
		assertEquals("http://lx2.loc.gov:210/LCDB", loc.endpoint().toString());
		assertEquals("marcxml", loc.recordSchema());
		assertEquals("1.1", loc.version());
		assertEquals(30, loc.timeoutSeconds());
		assertEquals("org.techserv.library.sru", loc.contributor());
		assertEquals("dc.title", loc.cqlIndex(SruIndex.TITLE));
	}

	@Test
	void brokenContributionsAreLeftOutEachWithItsReasonAndTheRestStay() {
		SruTargets targets = SruTargets.installed();

		assertEquals(List.of("Library of Congress", "Zebra style"),
				targets.contributed().stream().map(SruTarget::name).sorted().toList());
		SruTarget zebraStyle = targets.find("test.zebra-style");
		assertEquals("http://127.0.0.1:9/sru/Default", zebraStyle.endpoint().toString(), "trailing slash dropped");
		assertEquals("title", zebraStyle.cqlIndex(SruIndex.TITLE));
		assertEquals("dc.creator", zebraStyle.cqlIndex(SruIndex.AUTHOR));
		assertEquals(20, zebraStyle.timeoutSeconds(), "the default");
		String tests = "org.techserv.library.sru.tests";
		assertEquals(List.of(
				"SRU target \"test.no-scheme\" from " + tests + " is left out: SRU target \"No scheme\": \"lx2.loc.gov:210\""
						+ " is not a base URL: write http:// or https://, the host, the port if not the usual one and any"
						+ " path, without ? or #, e.g. http://lx2.loc.gov:210",
				"SRU target \"test.timeout-words\" from " + tests + " is left out: SRU target \"Timeout in words\": the "
						+ "timeout \"thirty\" is not a number of seconds from 1 to 600.",
				"SRU target \"test.version-3\" from " + tests + " is left out: SRU target \"Version 3\": SRU version "
						+ "\"3.0\" is not supported; use 1.1 or 1.2.",
				"SRU target \"org.techserv.library.sru.loc\" from " + tests + " is left out: the id "
						+ "org.techserv.library.sru.loc is used by another target.",
				"SRU target \"test.bad-index\" from " + tests + " is left out: \"callnumber\" is not a kind of search; "
						+ "use title, author, isbn, subject or any."),
				targets.problems());
	}

	@Test
	void theUsersTargetsAreKeptInTheWorkspacePreferencesAndSeenByANewRegistry() throws Exception {
		SruTargets targets = new SruTargets(Platform.getExtensionRegistry(), preferences);
		SruTarget union = SruTarget.userDefined("Union catalogue", "https://sru.example.org/", "union", "marcxml", 15)
				.withIndex(SruIndex.ISBN, "local.isbn");

		targets.save(union);

		SruTargets reopened = SruTargets.installed();
		assertEquals(List.of(union), reopened.userDefined());
		assertEquals(List.of("Library of Congress", "Union catalogue", "Zebra style"),
				reopened.all().stream().map(SruTarget::name).toList());
		assertEquals("https://sru.example.org/union", reopened.find(union.id()).endpoint().toString());
		Path file = Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(
				".metadata/.plugins/org.eclipse.core.runtime/.settings/" + SruTargets.PREFERENCE_NODE + ".prefs");
		String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertTrue(stored.contains("targets/" + union.id() + "/name=Union catalogue"), stored);
		assertTrue(stored.contains("targets/" + union.id() + "/index.isbn=local.isbn"), stored);

		SruTarget edited = union.edited("Union catalogue (test)", "https://sru.example.org", "union-test", "marc", 40);
		reopened.save(edited);
		assertEquals(List.of(edited), SruTargets.installed().userDefined());
		assertEquals("local.isbn", SruTargets.installed().find(union.id()).cqlIndex(SruIndex.ISBN));

		reopened.remove(edited);
		assertEquals(List.of(), SruTargets.installed().userDefined());
		assertNull(SruTargets.installed().find(union.id()));
	}

	@Test
	void aSecondTargetWithATakenNameAndChangesToContributedTargetsAreRefused() throws Exception {
		SruTargets targets = SruTargets.installed();
		targets.save(SruTarget.userDefined("Branch library", "http://127.0.0.1:9", "branch", "marcxml", 10));

		IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
				() -> targets.save(SruTarget.userDefined("branch LIBRARY", "http://127.0.0.1:9", "b", "marcxml", 10)));
		IllegalArgumentException contributedName = assertThrows(IllegalArgumentException.class, () -> targets
				.save(SruTarget.userDefined("Library of Congress", "http://127.0.0.1:9", "b", "marcxml", 10)));
		SruTarget loc = targets.find("org.techserv.library.sru.loc");
		IllegalArgumentException contributed = assertThrows(IllegalArgumentException.class, () -> targets.remove(loc));

		assertEquals("another SRU target is called \"branch LIBRARY\"; names must be unique (they are recorded as the"
				+ " source of imported records).", same.getMessage());
		assertTrue(contributedName.getMessage().startsWith("another SRU target is called \"Library of Congress\""));
		assertEquals("SRU target \"Library of Congress\" comes with org.techserv.library.sru and cannot be changed or "
				+ "removed here.", contributed.getMessage());
		assertEquals(1, SruTargets.installed().userDefined().size());
	}

	@Test
	void aStoredTargetDamagedByHandIsLeftOutWithItsReason() throws Exception {
		preferences.node("targets/user.hand-edited").put("name", "Hand edited");
		preferences.node("targets/user.hand-edited").put("baseUrl", "ftp://example.org");
		preferences.node("targets/user.hand-edited").put("database", "db");
		preferences.flush();

		SruTargets targets = SruTargets.installed();

		assertEquals(List.of(), targets.userDefined());
		assertTrue(targets.problems().contains("Your SRU target user.hand-edited is left out: SRU target \"Hand "
				+ "edited\": \"ftp://example.org\" is not a base URL: write http:// or https://, the host, the port if "
				+ "not the usual one and any path, without ? or #, e.g. http://lx2.loc.gov:210"), targets.problems()
						.toString());
	}

	@Test
	void badValuesAreRefusedNamingTheTargetAndTheValue() {
		Map<String, Runnable> cases = Map.of(
				"SRU target \"Mine\": \"http//oops\" is not a base URL", //
				() -> SruTarget.userDefined("Mine", "http//oops", "db", "marcxml", 10),
				"SRU target \"Mine\": \"http://host/path?x=1\" is not a base URL", //
				() -> SruTarget.userDefined("Mine", "http://host/path?x=1", "db", "marcxml", 10),
				"SRU target \"Mine\": \"my db\" is not a database name", //
				() -> SruTarget.userDefined("Mine", "http://host", "my db", "marcxml", 10),
				"SRU target \"Mine\": \"marc xml\" is not a record schema name", //
				() -> SruTarget.userDefined("Mine", "http://host", "db", "marc xml", 10),
				"SRU target \"Mine\": the timeout \"0\" is not a number of seconds from 1 to 600.", //
				() -> SruTarget.userDefined("Mine", "http://host", "db", "marcxml", 0),
				"An SRU target needs a name.", //
				() -> SruTarget.userDefined(" ", "http://host", "db", "marcxml", 10),
				"SRU target \"Mine\": \"dc title\" is not a CQL index name (for Title searches)", //
				() -> SruTarget.userDefined("Mine", "http://host", "db", "marcxml", 10).withIndex(SruIndex.TITLE,
						"dc title"));
		cases.forEach((message, make) -> {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run, message);
			assertTrue(e.getMessage().startsWith(message), e.getMessage());
		});
	}
}
