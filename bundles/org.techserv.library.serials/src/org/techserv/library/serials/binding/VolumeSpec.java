package org.techserv.library.serials.binding;

import java.util.List;

/**
 * How a volume is to be bound.
 *
 * @param label      what the volume holds, as the library names it ({@code v.1 2024})
 * @param colour     the binding colour (the bindery's name or number for it)
 * @param cover      the cover material or style ({@code buckram}, {@code library binding})
 * @param spine      the spine lettering, one entry per printed line, top to bottom
 * @param callNumber the call number lettered at the foot of the spine and given to the bound copy; blank takes the
 *                   record's
 */
public record VolumeSpec(String label, String colour, String cover, List<String> spine, String callNumber) {

	public VolumeSpec {
		spine = List.copyOf(spine);
	}
}
