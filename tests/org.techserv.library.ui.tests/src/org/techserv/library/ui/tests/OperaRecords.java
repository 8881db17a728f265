package org.techserv.library.ui.tests;

import java.io.InputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.store.MarcFiles;
import org.techserv.library.store.MarcImport.Duplicates;

/**
 * The real opera collection ({@link CatalogRecordUITest#OPERA}) in the workbench's catalogue, imported by whichever
 * UI test needs it first: the records the tests open, bind, label and check in.
 */
final class OperaRecords {

	private OperaRecords() {
	}

	/** Imports the collection unless a record with this title is stored already; true when it imported. */
	static boolean importUnlessPresent(LibraryStore store, String title) throws Exception {
		if (store.catalogue().ids(title).length > 0) {
			return false;
		}
		try (InputStream in = MarcFiles.open(CatalogRecordUITest.OPERA)) {
			store.marcImport().run(in, MarcFiles.format(in), "opera", Duplicates.SKIP, -1, new NullProgressMonitor());
		}
		return true;
	}
}
