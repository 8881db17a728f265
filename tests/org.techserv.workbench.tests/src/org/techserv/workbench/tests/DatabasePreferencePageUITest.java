package org.techserv.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.store.StorePreferences;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotShell;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.Matcher;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.WorkbenchBot;
import org.techserv.workbench.WorkbenchIds;
import org.techserv.workbench.internal.preferences.DatabasePreferencePage;

/** Window > Preferences > Database keeps what the user enters, in the workspace, and refuses bad values. */
@ExtendWith(ScreenshotOnFailure.class)
class DatabasePreferencePageUITest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private final IEclipsePreferences stored = InstanceScope.INSTANCE.getNode(StorePreferences.NODE);

	@BeforeEach
	@AfterEach
	void resetPreferences() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		stored.clear();
		stored.flush();
	}

	@Test
	void storesTheSharedServerSettings() throws Exception {
		Bot page = openPage();
		page.buttonWithId(DatabasePreferencePage.KEY_SERVER).click();
		page.textWithId(DatabasePreferencePage.KEY_HOST).typeText("db.bengkel.local");
		page.textWithId(DatabasePreferencePage.KEY_PORT).typeText("1530");
		page.textWithId(DatabasePreferencePage.KEY_DATABASE).typeText("bengkel");
		page.textWithId(DatabasePreferencePage.KEY_USER).typeText("teknisi");
		BotShell preferences = bot.shell("Preferences");
		page.button("Apply and Close").click();
		bot.waitUntil(Conditions.shellCloses(preferences));

		assertEquals(StorePreferences.MODE_SERVER, stored.get(StorePreferences.MODE, null));
		assertEquals("db.bengkel.local", stored.get(StorePreferences.SERVER_HOST, null));
		assertEquals(1530, stored.getInt(StorePreferences.SERVER_PORT, 0));
		assertEquals("bengkel", stored.get(StorePreferences.SERVER_DATABASE, null));
		assertEquals("teknisi", stored.get(StorePreferences.SERVER_USER, null));

		Bot again = openPage();
		assertTrue(again.buttonWithId(DatabasePreferencePage.KEY_SERVER).isSelected(), "reopened on the server");
		assertEquals("db.bengkel.local", again.textWithId(DatabasePreferencePage.KEY_HOST).getText());
		assertEquals("1530", again.textWithId(DatabasePreferencePage.KEY_PORT).getText());
	}

	@Test
	void refusesAPortOutOfRangeNamingTheFieldAndValue() {
		Bot page = openPage();
		page.buttonWithId(DatabasePreferencePage.KEY_SERVER).click();
		page.textWithId(DatabasePreferencePage.KEY_HOST).typeText("db.bengkel.local");
		page.textWithId(DatabasePreferencePage.KEY_USER).typeText("teknisi");
		page.textWithId(DatabasePreferencePage.KEY_PORT).typeText("70000");

		bot.waitUntil(Conditions.that("Apply and Close to be disabled", () -> !page.button("Apply and Close").isEnabled()));
		// The dialog's message line shortens long messages and keeps the whole text as its tool tip.
		String expected = "Port: \"70000\" is not a port number between 1 and 65535.";
		bot.waitUntil(Conditions.that("the dialog to show <" + expected + ">",
				() -> !page.widgets(Matcher.withMnemonic(expected)).isEmpty()
						|| !page.widgets(Matcher.withTooltip(expected)).isEmpty()));

		bot.shell("Preferences").bot().button("Cancel").click();
		bot.waitUntil(Conditions.that("the preferences to close", () -> !bot.shellTitles().contains("Preferences")));
		assertFalse(stored.get(StorePreferences.SERVER_PORT, "").equals("70000"), "nothing was stored");
	}

	private Bot openPage() {
		bot.executeCommand("org.eclipse.ui.window.preferences",
				Map.of("preferencePageId", WorkbenchIds.DATABASE_PREFERENCE_PAGE));
		return bot.shell("Preferences").activate().bot();
	}
}
