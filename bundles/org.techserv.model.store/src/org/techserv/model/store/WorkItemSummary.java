package org.techserv.model.store;

import java.time.LocalDate;

import org.techserv.model.core.Priority;

/**
 * A row of a list of work items: what lists and work queues show, without notes, attachments or the kind's own
 * fields.
 *
 * @param id         the work item's id
 * @param kind       its class, e.g. {@code Task} or {@code ServiceOrder}
 * @param number     the number people quote
 * @param title      the title
 * @param status     the domain's status code
 * @param priority   the priority
 * @param assigneeId the assignee's party id, or 0
 * @param dueDate    the due date, or null
 * @param version    the stored version
 */
public record WorkItemSummary(long id, String kind, String number, String title, String status, Priority priority,
		long assigneeId, LocalDate dueDate, int version) {
}
