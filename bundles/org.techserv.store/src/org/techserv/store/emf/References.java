package org.techserv.store.emf;

import java.sql.SQLException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Turns the id in a reference column back into the record it names while rows are read (a customer, a
 * technician, a spare part). Repositories usually cache what they resolve for the duration of one load.
 */
@FunctionalInterface
public interface References {

	/** The record {@code id} for {@code reference}, or null to leave the reference unset. */
	EObject resolve(EReference reference, long id) throws SQLException;
}
