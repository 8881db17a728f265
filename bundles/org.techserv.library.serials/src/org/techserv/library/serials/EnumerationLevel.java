package org.techserv.library.serials;

/**
 * One level of an issue's numbering, such as {@code v.} or {@code no.} (853 $a, $b... with $u and $v).
 *
 * @param caption       what precedes the number, for example {@code no.}
 * @param unitsPerNext  how many of this level make one of the level above (12 numbers a volume); 0 when the
 *                      level above changes by the calendar ({@link PredictionPattern#volumeChange()}) or for
 *                      the top level
 * @param numbering     restart at 1 when the level above changes, or keep counting
 */
public record EnumerationLevel(String caption, int unitsPerNext, Numbering numbering) {

	public static EnumerationLevel top(String caption) {
		return new EnumerationLevel(caption, 0, Numbering.CONTINUOUS);
	}
}
