package org.techserv.library.store.review;

import java.time.Instant;

/**
 * One submission of a record or binding batch and the decision on it.
 *
 * @param id              the review's id
 * @param subject         what kind of thing is reviewed
 * @param subjectId       the record's or batch's id
 * @param label           what it was called when submitted (title, bindery)
 * @param status          pending, approved or returned
 * @param submittedBy     the staff person who submitted it (party id)
 * @param submittedByName their sort name
 * @param submittedAt     when
 * @param decidedBy       the librarian who decided (party id), 0 while pending
 * @param decidedByName   their sort name, null while pending
 * @param decidedAt       when, null while pending
 * @param comment         the librarian's comment (always given on a return), or null
 */
public record Review(long id, ReviewSubject subject, long subjectId, String label, ReviewStatus status,
		long submittedBy, String submittedByName, Instant submittedAt, long decidedBy, String decidedByName,
		Instant decidedAt, String comment) {
}
