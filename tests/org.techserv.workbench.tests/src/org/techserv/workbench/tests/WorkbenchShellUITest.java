package org.techserv.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotShell;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.WorkbenchBot;
import org.techserv.workbench.WorkbenchIds;
import org.techserv.workbench.internal.about.AboutDialog;
import org.techserv.workbench.internal.database.DatabaseStatusItem;

/** The workbench shell as a user meets it: window, menus, key bindings, About, views. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchShellUITest {

	private final WorkbenchBot bot = new WorkbenchBot();

	@BeforeEach
	void startClean() {
		bot.workbenchShell();
		bot.resetWorkbench();
	}

	@Test
	void theWindowIsTitledTechservWorkbenchAndOpensOnHome() {
		assertEquals("Techserv Workbench", bot.workbenchShell().title());
		assertEquals(WorkbenchIds.HOME_PERSPECTIVE, bot.activePerspectiveId());
	}

	@Test
	void theStatusLineShowsTheEmbeddedDatabaseOnceOpen() {
		bot.waitUntil(Conditions.valueIs("the database status", "Database: embedded",
				() -> bot.labelWithId(DatabaseStatusItem.ID).getText()));
		assertTrue(bot.labelWithId(DatabaseStatusItem.ID).getToolTipText().endsWith("database"),
				"the tool tip names the folder");
	}

	@Test
	void aboutShowsTheVersionAndTheInstalledFeatures() {
		bot.menu("Help").menu("About Techserv Workbench").click();

		BotShell about = bot.shell("About Techserv Workbench");
		Bot dialog = about.bot();
		assertTrue(dialog.labelWithId(AboutDialog.KEY_VERSION).getText().startsWith("Version 0.1.0."),
				dialog.labelWithId(AboutDialog.KEY_VERSION).getText());
		BotTable features = dialog.tableWithId(AboutDialog.KEY_FEATURES);
		int row = features.indexOf("Techserv Platform", 0);
		assertTrue(row >= 0, "the platform feature is listed");
		assertEquals("org.techserv.platform.feature", features.cell(row, "Identifier"));
		assertTrue(features.cell(row, "Version").startsWith("0.1.0."), features.cell(row, "Version"));
		dialog.tabItem("Plug-ins").activate();
		assertTrue(dialog.tableWithId(AboutDialog.KEY_PLUGINS).containsItem("org.techserv.store"),
				"the plug-ins tab lists the store bundle");

		dialog.button("Close").click();
		bot.waitUntil(Conditions.shellCloses(about));
	}

	@Test
	void theHelpMenuOffersTheP2InstallationCommandsOnceAndAboutLast() {
		List<String> help = bot.menu("Help").menuItems();

		int updates = help.indexOf("Check for Updates");
		int install = help.indexOf("Install New Software...");
		int details = help.indexOf("Installation Details");
		assertTrue(updates >= 0 && install == updates + 1 && details == install + 1,
				"Check for Updates, Install New Software..., Installation Details in a row: " + help);
		for (String item : List.of("Check for Updates", "Install New Software...", "Installation Details")) {
			assertEquals(1, help.stream().filter(item::equals).count(), item + " once: " + help);
		}
		assertEquals("About Techserv Workbench", help.get(help.size() - 1), help.toString());
	}

	@Test
	void installationDetailsOpensTheInstallationDialog() {
		bot.menu("Help").menu("Installation Details").click();

		BotShell details = bot.shell("Techserv Workbench Installation Details");
		assertTrue(details.bot().tabItem("Installed Software") != null, "the p2 page of installed software is there");
		details.close();
		bot.waitUntil(Conditions.shellCloses(details));
	}

	@Test
	void quickAccessFindsACommandFromCtrl3() {
		bot.workbenchShell().activate();
		bot.pressShortcut(SWT.MOD1, '3');
		BotShell quickAccess = bot.shell("Find Actions");

		quickAccess.bot().text().typeText("About Techserv");
		BotTable proposals = quickAccess.bot().table();
		bot.waitUntil(Conditions.that("Quick Access to propose the About command", () -> proposals.rowCount() > 0
				&& proposals.cell(0, 1).startsWith("About Techserv Workbench")));
		bot.pressShortcut(SWT.NONE, SWT.CR);

		bot.shell("About Techserv Workbench").close();
	}

	@Test
	void thePropertiesViewCanBeShownFromTheWindowMenu() {
		assertTrue(bot.menu("Window").menu("Show View").menuItems().contains("Properties"),
				"Show View offers Properties");

		bot.menu("Window").menu("Show View").menu("Properties").click();

		bot.waitUntil(Conditions.valueIs("the open Properties view", "Properties",
				() -> bot.viewById("org.eclipse.ui.views.PropertySheet").getTitle()));
	}
}
