package org.techserv.work;

/**
 * A person with a staff role, as the work queue offers them for "I am".
 *
 * @param id    the party id
 * @param name  the sort name, e.g. "Wibowo, Agus"
 * @param login the staff role's login, or null
 */
public record StaffMember(long id, String name, String login) {
}
