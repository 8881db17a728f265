package org.techserv.library.serials;

/** Whether a level starts again at 1 when the level above changes (853 $v "r") or keeps counting ("c"). */
public enum Numbering {
	RESTART, CONTINUOUS
}
