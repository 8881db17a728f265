package org.techserv.library.serials.binding;

import java.time.LocalDate;

/**
 * A batch of volumes for one bindery.
 *
 * @param sent     when it went to the bindery, or null
 * @param dueBack  when the bindery promised it back, or null while open
 * @param returned when it came back, or null
 * @param volumes  how many volumes it holds
 */
public record BindingBatch(long id, String bindery, BatchStatus status, LocalDate sent, LocalDate dueBack,
		LocalDate returned, int volumes) {
}
