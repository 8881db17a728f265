package org.techserv.model.store;

/**
 * A row of a list of people and organisations: enough to show and to page on, without addresses or roles.
 *
 * @param id       the party's id
 * @param sortName family name first for people, e.g. "Wibowo, Agus"
 * @param kind     {@code P} person or {@code O} organisation
 * @param email    e-mail, or null
 * @param phone    phone, or null
 */
public record PartySummary(long id, String sortName, char kind, String email, String phone) {
}
