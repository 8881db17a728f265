package org.techserv.library.serials.binding;

import java.util.List;

/**
 * A volume in a batch with its specification and what goes into it.
 *
 * @param title       the title of the record the volume belongs to
 * @param boundItemId the copy the volume became on return, or 0
 */
public record BindingVolume(long id, long batchId, long recordId, String title, VolumeSpec spec, long boundItemId,
		List<Piece> pieces) {

	public BindingVolume {
		pieces = List.copyOf(pieces);
	}
}
