package org.techserv.library.circulation;

import static org.techserv.library.circulation.CirculationException.Refusal.ALREADY_ON_LOAN;
import static org.techserv.library.circulation.CirculationException.Refusal.NOT_AVAILABLE;
import static org.techserv.library.circulation.CirculationException.Refusal.NOT_ON_LOAN;
import static org.techserv.library.circulation.CirculationException.Refusal.NO_RENEWALS_LEFT;
import static org.techserv.library.circulation.CirculationException.Refusal.PATRON_BLOCKED;
import static org.techserv.library.circulation.CirculationException.Refusal.TOO_MANY_ITEMS;
import static org.techserv.library.circulation.CirculationException.Refusal.UNKNOWN_ITEM;
import static org.techserv.library.circulation.CirculationException.Refusal.UNKNOWN_PATRON;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.library.circulation.internal.ItemRow;
import org.techserv.library.circulation.internal.LoanRows;
import org.techserv.library.circulation.internal.Messages;
import org.techserv.library.circulation.internal.PatronLookup;
import org.techserv.library.circulation.internal.RulesRow;
import org.techserv.library.model.ItemStatus;
import org.techserv.store.ConflictException;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.ValidationException;
import org.techserv.store.emf.EntityTable;

/**
 * The circulation desk of a small library: check-out, check-in and renewal of copies by barcode under the loan
 * rules, with the copy's status following in the same transaction. Each act is one transaction: refused
 * ({@link CirculationException}, the message naming the barcode) or done whole. Patrons are the core model's
 * parties with a patron role; copies are the catalogue's items.
 */
@Component(service = Circulation.class)
public final class Circulation {

	private final Database database;
	private final Clock clock;

	@Activate
	public Circulation(@Reference Database database) {
		this(database, Clock.systemDefaultZone());
	}

	/** With a clock of the caller's: tests and the benchmark move days on. */
	public Circulation(Database database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/** The patron with this card barcode, or null when there is none. */
	public Patron findPatron(String barcode) throws StoreException {
		return Transactions.read(database, c -> PatronLookup.find(c, barcode.strip(), today()));
	}

	/** The patron with this card if they may borrow; refused when the card is unknown or blocked. */
	public Patron borrower(String barcode) throws StoreException {
		return Transactions.read(database, c -> lendableTo(c, barcode.strip(), today()));
	}

	/** Lends the copy to the patron; returns the loan with its due date. */
	public Loan checkOut(String patronBarcode, String itemBarcode) throws StoreException {
		String user = database.user();
		Instant now = clock.instant();
		LocalDate today = today();
		return Transactions.inTransaction(database, c -> {
			LoanRules rules = RulesRow.read(c);
			Patron patron = lendableTo(c, patronBarcode.strip(), today);
			ItemRow item = item(c, itemBarcode.strip());
			if (item.status() == ItemStatus.ON_LOAN) {
				Loan loan = LoanRows.ofItem(c, item.id());
				if (loan != null && loan.patronId() == patron.partyId()) {
					throw refused(ALREADY_ON_LOAN, Messages.alreadyOnLoanToPatron, item.barcode(), patron.name(),
							date(loan.due()));
				}
				throw refused(ALREADY_ON_LOAN, Messages.alreadyOnLoan, item.barcode(),
						loan == null ? "?" : loan.patronName(), loan == null ? "?" : loan.patronBarcode(), //$NON-NLS-1$ //$NON-NLS-2$
						loan == null ? "?" : date(loan.due())); //$NON-NLS-1$
			}
			if (!lendable(item.status())) {
				throw refused(NOT_AVAILABLE, Messages.notAvailable, item.barcode(), statusText(item.status()));
			}
			if (patron.loans() >= rules.maxItems()) {
				throw refused(TOO_MANY_ITEMS, Messages.tooManyItems, patron.barcode(), patron.name(),
						patron.loans());
			}
			LocalDate due = today.plusDays(rules.loanDays());
			moveItem(c, item, ItemStatus.ON_LOAN, user, now);
			LoanRows.insert(c, EntityTable.nextId(c), item.id(), patron.partyId(), now, user, due);
			return new Loan(item.id(), item.barcode(), item.title(), patron.partyId(), patron.barcode(),
					patron.name(), now, due, 0);
		});
	}

	/** Takes a copy back: the loan goes into the history and the copy becomes available. */
	public Return checkIn(String itemBarcode) throws StoreException {
		String user = database.user();
		Instant now = clock.instant();
		LocalDate today = today();
		return Transactions.inTransaction(database, c -> {
			ItemRow item = item(c, itemBarcode.strip());
			Loan loan = LoanRows.ofItem(c, item.id());
			if (loan == null) {
				if (item.status() == ItemStatus.MISSING) {
					// a copy marked missing turned up at the desk: back on the shelf
					moveItem(c, item, ItemStatus.AVAILABLE, user, now);
					return new Return(item.barcode(), item.title(), null, null, 0, true);
				}
				throw refused(NOT_ON_LOAN, Messages.notOnLoan, item.barcode(), statusText(item.status()));
			}
			if (!LoanRows.close(c, item.id(), now, user)) {
				throw changed(item);
			}
			moveItem(c, item, ItemStatus.AVAILABLE, user, now);
			long late = Math.max(0, ChronoUnit.DAYS.between(loan.due(), today));
			return new Return(item.barcode(), item.title(), loan.patronName(), loan.due(), late, false);
		});
	}

	/**
	 * Lends the copy for another loan period from today (never earlier than it was due), if the loan has
	 * renewals left and its patron is not blocked.
	 */
	public Loan renew(String itemBarcode) throws StoreException {
		LocalDate today = today();
		return Transactions.inTransaction(database, c -> {
			LoanRules rules = RulesRow.read(c);
			ItemRow item = item(c, itemBarcode.strip());
			Loan loan = LoanRows.ofItem(c, item.id());
			if (loan == null) {
				throw refused(NOT_ON_LOAN, Messages.notOnLoan, item.barcode(), statusText(item.status()));
			}
			lendableTo(c, loan.patronBarcode(), today);
			if (loan.renewals() >= rules.renewals()) {
				throw refused(NO_RENEWALS_LEFT, Messages.noRenewalsLeft, item.barcode(), loan.renewals(),
						date(loan.due()));
			}
			LocalDate later = today.plusDays(rules.loanDays());
			LocalDate due = later.isAfter(loan.due()) ? later : loan.due();
			if (!LoanRows.renew(c, item.id(), loan.renewals(), due)) {
				throw changed(item);
			}
			return new Loan(loan.itemId(), loan.itemBarcode(), loan.title(), loan.patronId(), loan.patronBarcode(),
					loan.patronName(), loan.loanedAt(), due, loan.renewals() + 1);
		});
	}

	/** A patron's open loans, soonest due first. */
	public List<Loan> loansOf(Patron patron) throws StoreException {
		return Transactions.read(database, c -> LoanRows.ofPatron(c, patron.partyId()));
	}

	/** Loans overdue today, longest overdue first, at most {@code limit}. */
	public List<Loan> overdue(int limit) throws StoreException {
		LocalDate today = today();
		return Transactions.read(database, c -> LoanRows.overdue(c, today, limit));
	}

	public LoanRules rules() throws StoreException {
		return Transactions.read(database, RulesRow::read);
	}

	/** Stores new loan rules; refused naming each value out of range, nothing written. */
	public void saveRules(LoanRules rules) throws StoreException {
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, Messages.rulesLoanDays, rules.loanDays(), 1, 365);
		check(problems, Messages.rulesRenewals, rules.renewals(), 0, 99);
		check(problems, Messages.rulesMaxItems, rules.maxItems(), 1, 999);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems, null, null);
		}
		String user = database.user();
		Instant now = clock.instant();
		Transactions.inTransaction(database, c -> {
			RulesRow.write(c, rules, user, now);
			return null;
		});
	}

	/** Today at the desk (the clock's zone). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Whether a copy in this status may be checked out: not at the bindery, missing, withdrawn (or on loan). */
	public static boolean lendable(ItemStatus status) {
		return switch (status) {
		case AVAILABLE, IN_PROCESSING -> true;
		case ON_LOAN, AT_BINDERY, MISSING, WITHDRAWN -> false;
		};
	}

	/** The status as the desk says it ("at the bindery"). */
	public static String statusText(ItemStatus status) {
		return switch (status) {
		case IN_PROCESSING -> Messages.status_IN_PROCESSING;
		case AVAILABLE -> Messages.status_AVAILABLE;
		case ON_LOAN -> Messages.status_ON_LOAN;
		case AT_BINDERY -> Messages.status_AT_BINDERY;
		case MISSING -> Messages.status_MISSING;
		case WITHDRAWN -> Messages.status_WITHDRAWN;
		};
	}

	private static Patron lendableTo(Connection c, String barcode, LocalDate today)
			throws SQLException, CirculationException {
		Patron patron = PatronLookup.find(c, barcode, today);
		if (patron == null) {
			throw refused(UNKNOWN_PATRON, Messages.unknownPatron, barcode);
		}
		if (patron.blocked()) {
			String reason = patron.blockReason();
			throw reason == null || reason.isBlank()
					? refused(PATRON_BLOCKED, Messages.patronBlockedNoReason, patron.barcode(), patron.name())
					: refused(PATRON_BLOCKED, Messages.patronBlocked, patron.barcode(), patron.name(), reason);
		}
		return patron;
	}

	private static ItemRow item(Connection c, String barcode) throws SQLException, CirculationException {
		ItemRow item = ItemRow.find(c, barcode);
		if (item == null) {
			throw refused(UNKNOWN_ITEM, Messages.unknownItem, barcode);
		}
		return item;
	}

	private static void moveItem(Connection c, ItemRow item, ItemStatus status, String user, Instant now)
			throws SQLException, StoreException {
		if (!item.moveTo(c, status, user, now)) {
			throw changed(item);
		}
	}

	private static StoreException changed(ItemRow item) {
		return new ConflictException(NLS.bind(Messages.changedMeanwhile, item.barcode()), null, null, 0);
	}

	private static void check(List<FieldProblem> problems, String field, int value, int min, int max) {
		if (value < min || value > max) {
			problems.add(new FieldProblem(field, String.valueOf(value),
					NLS.bind(Messages.rulesOutOfRange, new Object[] { field, value, min, max })));
		}
	}

	private static CirculationException refused(CirculationException.Refusal refusal, String message,
			Object... values) {
		return new CirculationException(refusal, NLS.bind(message, values));
	}

	private static String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
	}
}
