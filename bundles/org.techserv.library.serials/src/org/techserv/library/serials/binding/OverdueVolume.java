package org.techserv.library.serials.binding;

/** A volume still at the bindery after the day it was due back. */
public record OverdueVolume(BindingBatch batch, BindingVolume volume, long daysOverdue) {
}
