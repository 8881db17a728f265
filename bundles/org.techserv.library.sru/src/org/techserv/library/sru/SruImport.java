package org.techserv.library.sru;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.MarcImport.Report;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * Copies chosen hits into the catalogue through the store's {@link MarcImport}: the structure rules apply, the
 * duplicates policy decides about records the catalogue has (same ISBN, or same 001 and 003), each new record
 * keeps its MARCXML as received (format MARCXML) and the target's name as its source. The hits themselves are not
 * changed, so they can be imported again.
 */
public final class SruImport {

	private final MarcImport marcImport;

	public SruImport(Database database) {
		this.marcImport = new MarcImport(database);
	}

	/**
	 * @param target the target the hits came from; its name becomes each record's source
	 * @return what was imported, replaced, skipped as a duplicate, or rejected (numbers are the hits' positions)
	 */
	public Report importHits(SruTarget target, List<SruHit.Good> hits, Duplicates duplicates, IProgressMonitor monitor)
			throws StoreException {
		List<ReadResult.Good> records = new ArrayList<>(hits.size());
		for (SruHit.Good hit : hits) {
			BibliographicRecord copy = EcoreUtil.copy(hit.record());
			records.add(new ReadResult.Good(hit.position(), 0, copy, hit.original()));
		}
		return marcImport.run(records, MarcFormat.MARCXML, target.name(), duplicates, monitor);
	}
}
