package org.techserv.library.circulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.CirculationException;
import org.techserv.library.circulation.ReferenceDesk;
import org.techserv.library.circulation.internal.demo.CirculationDemoData;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.store.internal.demo.LibraryDemoData;

/** The demo patrons and loans on the demo catalogue from Debian's idzebra records. */
class CirculationDemoDataTest {

	@TempDir
	Path folder;

	private Library library;

	@BeforeEach
	void open() throws Exception {
		library = new Library(folder);
	}

	@AfterEach
	void close() throws Exception {
		library.close();
	}

	@Test
	void demoPatronsHaveLoansTwoOverdueOneBlockedAndAWithdrawnCopyIsRefused() throws Exception {
		new LibraryDemoData().load(library.database, new NullProgressMonitor());
		CirculationDemoData demo = new CirculationDemoData();
		assertFalse(demo.present(library.database));

		String summary = demo.load(library.database, new NullProgressMonitor());

		assertTrue(demo.present(library.database));
		assertTrue(summary.startsWith("6 patrons, 5 loans (2 overdue)"), summary);
		Circulation desk = new Circulation(library.database);
		assertEquals(2, desk.overdue(100).size());
		assertEquals(2, desk.findPatron("P1001").loans());
		assertTrue(desk.findPatron("P1005").blocked());
		ReferenceDesk reference = new ReferenceDesk(library.database);
		assertTrue(reference.month(reference.thisMonth()).total()
				+ reference.month(reference.thisMonth().minusMonths(1)).total() >= 45, "a question every day");

		String withdrawn = library.withStatus(ItemStatus.WITHDRAWN);
		CirculationException refused = assertThrows(CirculationException.class,
				() -> desk.checkOut("P1002", withdrawn));
		assertEquals("Copy " + withdrawn + " cannot be checked out: it is withdrawn.", refused.getMessage());
	}
}
