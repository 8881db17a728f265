package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.techserv.library.model.LibraryPackage;
import org.techserv.model.core.CorePackage;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.StoreException;
import org.techserv.store.emf.References;

/** Resolves references of library records while rows are read: records, and people (assignees). */
public final class RecordReferences implements References {

	private final Connection connection;
	private final Map<String, EObject> seen = new HashMap<>();

	public RecordReferences(Connection connection) {
		this.connection = connection;
	}

	@Override
	public EObject resolve(EReference reference, long id) throws SQLException {
		String key = reference.getEReferenceType().getName() + '#' + id;
		EObject known = seen.get(key);
		if (known == null) {
			if (reference.getEReferenceType() == LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD) {
				known = RecordRows.select(connection, id);
			} else if (CorePackage.Literals.PARTY.isSuperTypeOf(reference.getEReferenceType())) {
				try {
					known = PartyRepository.loadReference(connection, id);
				} catch (StoreException e) {
					known = null;
				}
			}
			if (known != null) {
				seen.put(key, known);
			}
		}
		return known;
	}
}
