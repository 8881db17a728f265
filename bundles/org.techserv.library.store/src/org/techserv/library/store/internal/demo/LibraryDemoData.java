package org.techserv.library.store.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.ItemRepository;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.internal.Messages;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.demo.DemoData;

/**
 * A small catalogue from real records: Debian's idzebra examples (the MARC-8 ISO 2709 sample and the MARCXML opera
 * collection, package idzebra-2.0-examples), each record with one to three copies. Without the package there is
 * nothing to add, and the command says so.
 */
public final class LibraryDemoData implements DemoData {

	static final Path EXAMPLES = Path.of("/usr/share/doc/idzebra-2.0/examples"); //$NON-NLS-1$
	private static final String[] LOCATIONS = { "Stacks", "Reference", "Music library", "Processing" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Override
	public boolean present(Database database) throws StoreException {
		return new BibliographicRecordRepository(database).count() > 0;
	}

	@Override
	public String load(Database database, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		MarcImport marcImport = new MarcImport(database);
		int imported = 0;
		try {
			imported += run(marcImport, EXAMPLES.resolve("marc21/sample-marc.gz"), MarcFormat.ISO2709, progress.split(1)); //$NON-NLS-1$
			imported += run(marcImport, EXAMPLES.resolve("marcxml/collection-opera-43.xml.gz"), MarcFormat.MARCXML, //$NON-NLS-1$
					progress.split(1));
		} catch (IOException e) {
			throw new StoreException(StoreException.Reason.OTHER, e.getMessage(), null, e);
		}
		BibliographicRecordRepository records = new BibliographicRecordRepository(database);
		ItemRepository items = new ItemRepository(database);
		List<Long> ids = new ArrayList<>();
		records.forEachId(ids::add);
		int copies = 0;
		int barcode = 31234000;
		for (int i = 0; i < ids.size(); i++) {
			BibliographicRecord record = records.load(ids.get(i));
			for (int copy = 1; copy <= 1 + i % 3; copy++) {
				Item item = LibraryFactory.eINSTANCE.createItem();
				item.setRecord(record);
				item.setBarcode(String.valueOf(barcode++));
				item.setCopyNumber(copy);
				item.setCallNumber(record.getCallNumber());
				item.setLocation(LOCATIONS[(i + copy) % LOCATIONS.length]);
				item.setStatus(i % 7 == 0 && copy == 1 ? ItemStatus.IN_PROCESSING
						: i % 11 == 0 ? ItemStatus.AT_BINDERY : ItemStatus.AVAILABLE);
				items.save(item);
				copies++;
			}
		}
		progress.worked(1);
		return NLS.bind(Messages.demoSummary, imported, copies);
	}

	private static int run(MarcImport marcImport, Path file, MarcFormat format, IProgressMonitor monitor)
			throws IOException, StoreException {
		if (!Files.isRegularFile(file)) {
			return 0;
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return marcImport.run(in, format, file.getFileName().toString(), Duplicates.SKIP, -1, monitor).imported();
		}
	}
}
