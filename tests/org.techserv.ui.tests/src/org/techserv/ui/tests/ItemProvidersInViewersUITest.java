package org.techserv.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.model.core.Address;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Person;
import org.techserv.model.core.StaffRole;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotTree;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.ui.emf.CommandStackActions;
import org.techserv.ui.emf.EditingDomains;
import org.techserv.ui.emf.ItemContentProvider;
import org.techserv.ui.emf.ItemLabelProvider;

/**
 * A JFace tree over the core model's item providers, edited through the editing domain: the tree follows each
 * change, and the command stack undoes and redoes it with a named action.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ItemProvidersInViewersUITest {

	private Shell shell;
	private AdapterFactoryEditingDomain domain;
	private Person person;
	private CommandStackActions actions;

	@BeforeEach
	void open() {
		UIThread.syncExec(() -> {
			domain = EditingDomains.create();
			person = CoreFactory.eINSTANCE.createPerson();
			person.setGivenName("Agus");
			person.setFamilyName("Wibowo");
			Address site = CoreFactory.eINSTANCE.createAddress();
			site.setCity("Bandung");
			person.getAddresses().add(site);
			StaffRole staff = CoreFactory.eINSTANCE.createStaffRole();
			staff.setStaffNumber("T-100");
			person.getRoles().add(staff);

			shell = new Shell(UIThread.display(), SWT.SHELL_TRIM);
			shell.setText("Item providers");
			shell.setLayout(new FillLayout());
			TreeViewer viewer = new TreeViewer(shell, SWT.BORDER);
			viewer.setContentProvider(new ItemContentProvider(domain.getAdapterFactory()));
			viewer.setLabelProvider(new ItemLabelProvider(domain.getAdapterFactory(), viewer.getControl()));
			viewer.setInput(new Object[] { person });
			viewer.expandAll();
			actions = new CommandStackActions(domain);
			shell.setSize(400, 300);
			shell.open();
		});
	}

	@AfterEach
	void close() {
		UIThread.syncExec(() -> {
			actions.dispose();
			shell.dispose();
		});
	}

	@Test
	void theTreeShowsWhatTheItemProvidersSayAndFollowsChangesUndoAndRedo() {
		Bot bot = new Bot().shell("Item providers").bot();
		BotTree tree = bot.tree();
		assertEquals(java.util.List.of("Person Agus Wibowo"), tree.rootItems());
		assertTrue(UIThread.syncExec(() -> ((Tree) tree.widget).getItem(0).getImage() != null), "with the model's icon");
		assertFalse(UIThread.syncExec(() -> actions.undoAction().isEnabled()), "nothing to undo yet");

		UIThread.syncExec(() -> {
			Command rename = SetCommand.create(domain, person, CorePackage.Literals.PERSON__FAMILY_NAME, "Santoso");
			domain.getCommandStack().execute(rename);
		});
		bot.waitUntil(Conditions.valueIs("the tree after the change", java.util.List.of("Person Agus Santoso"),
				tree::rootItems));
		assertTrue(UIThread.syncExec(() -> actions.undoAction().isEnabled()));
		assertEquals("&Undo Set", UIThread.syncExec(() -> actions.undoAction().getText()));

		UIThread.syncExec(() -> actions.undoAction().run());
		bot.waitUntil(Conditions.valueIs("the tree after undo", java.util.List.of("Person Agus Wibowo"), tree::rootItems));
		assertEquals("Wibowo", person.getFamilyName());

		UIThread.syncExec(() -> actions.redoAction().run());
		bot.waitUntil(Conditions.valueIs("the tree after redo", java.util.List.of("Person Agus Santoso"), tree::rootItems));
	}

	@Test
	void childrenComeFromTheContainmentFeatures() {
		Bot bot = new Bot().shell("Item providers").bot();
		java.util.List<String> children = UIThread.syncExec(() -> {
			java.util.List<String> texts = new java.util.ArrayList<>();
			for (var item : ((Tree) bot.tree().widget).getItem(0).getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
		assertEquals(java.util.List.of("Address Bandung", "Staff Role T-100"), children);
	}
}
