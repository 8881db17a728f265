package org.techserv.work;

/**
 * An entry of the merged work queue with the provider it came from (whose opener opens it).
 *
 * @param entry  the entry
 * @param source the provider that listed it
 */
public record QueuedEntry(WorkEntry entry, ContributedProvider source) {
}
