package org.techserv.library.store;

/**
 * Told about changes to catalogue records once their transaction has committed: record edits, deletes and each
 * batch of a MARC import. Register an implementation as an OSGi service (whiteboard); it is called on the
 * committing thread, so it should be quick, and what it throws is logged, never passed to the saving code (the
 * change is committed either way).
 */
@FunctionalInterface
public interface CatalogueListener {

	void committed(CatalogueChange change);
}
