package org.techserv.model.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.techserv.model.core.Entity;

/**
 * The store-owned fields (id, version, who/when) of a record and the entities it contains, taken before a save
 * so that a save that fails leaves the object as it was: a record that was not written must not look written.
 */
public final class SavedState {

	private record Fields(Entity entity, long id, int version, String createdBy, Instant createdAt, String updatedBy,
			Instant updatedAt) {
	}

	private final List<Fields> fields = new ArrayList<>();

	private SavedState() {
	}

	public static SavedState of(EObject root) {
		SavedState state = new SavedState();
		state.capture(root);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			state.capture(contents.next());
		}
		return state;
	}

	private void capture(EObject object) {
		if (object instanceof Entity e) {
			fields.add(new Fields(e, e.getId(), e.getVersion(), e.getCreatedBy(), e.getCreatedAt(), e.getUpdatedBy(),
					e.getUpdatedAt()));
		}
	}

	public void restore() {
		for (Fields f : fields) {
			f.entity().setId(f.id());
			f.entity().setVersion(f.version());
			f.entity().setCreatedBy(f.createdBy());
			f.entity().setCreatedAt(f.createdAt());
			f.entity().setUpdatedBy(f.updatedBy());
			f.entity().setUpdatedAt(f.updatedAt());
		}
	}
}
