package org.techserv.library.ui.internal.circulation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.CirculationException;
import org.techserv.library.circulation.CirculationException.Refusal;
import org.techserv.library.circulation.Loan;
import org.techserv.library.circulation.LoanRules;
import org.techserv.library.circulation.Patron;
import org.techserv.library.circulation.Return;
import org.techserv.store.StoreException;

/**
 * The desk's state between scans, without widgets: the mode and the patron being served. Each scan acts at once:
 * in check-out mode a patron's card makes them the patron being served and a copy's barcode lends it to them; in
 * check-in and renew mode a copy's barcode returns or renews it.
 */
public final class DeskSession {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	private final Circulation circulation;
	private DeskMode mode = DeskMode.CHECK_OUT;
	private Patron patron;

	public DeskSession(Circulation circulation) {
		this.circulation = circulation;
	}

	public DeskMode mode() {
		return mode;
	}

	public void mode(DeskMode next) {
		mode = next;
	}

	/** The patron being served, or null. */
	public Patron patron() {
		return patron;
	}

	/** The patron leaves the desk (Esc). */
	public void endPatron() {
		patron = null;
	}

	/** Acts on one scanned barcode; never throws for what the desk refuses. */
	public Outcome scan(String scanned) throws StoreException {
		String barcode = scanned.strip();
		if (barcode.isEmpty()) {
			return null;
		}
		try {
			return switch (mode) {
			case CHECK_OUT -> checkOut(barcode);
			case CHECK_IN -> checkIn(barcode);
			case RENEW -> renew(barcode);
			};
		} catch (CirculationException e) {
			if (e.refusal() == Refusal.UNKNOWN_ITEM && mode != DeskMode.CHECK_OUT
					&& circulation.findPatron(barcode) != null) {
				return Outcome.refused(NLS.bind(Messages.cardInWrongMode, barcode, mode.label()), barcode);
			}
			return Outcome.refused(e.getMessage(), barcode);
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.INVALID || e.reason() == StoreException.Reason.CONFLICT) {
				return Outcome.refused(e.getMessage(), barcode);
			}
			throw e;
		} finally {
			refreshPatron();
		}
	}

	/** The patron's counts after a loan of theirs changed (or came back). */
	private void refreshPatron() throws StoreException {
		if (patron != null) {
			patron = circulation.findPatron(patron.barcode());
		}
	}

	private Outcome checkOut(String barcode) throws StoreException {
		Patron card = circulation.findPatron(barcode);
		if (card != null || patron == null) {
			patron = null;
			patron = circulation.borrower(barcode); // refuses an unknown or blocked card
			return Outcome.done(NLS.bind(Messages.patronReady, new Object[] { patron.name(), patron.barcode(),
					patron.loans(), patron.overdue() }), barcode, Messages.actionPatron);
		}
		Loan loan = circulation.checkOut(patron.barcode(), barcode);
		return Outcome.done(NLS.bind(Messages.checkedOut,
				new Object[] { loan.title(), loan.itemBarcode(), loan.patronName(), DATE.format(loan.due()) }),
				barcode, NLS.bind(Messages.actionCheckedOut, DATE.format(loan.due())));
	}

	private Outcome checkIn(String barcode) throws StoreException {
		Return back = circulation.checkIn(barcode);
		if (back.wasMissing()) {
			return Outcome.note(NLS.bind(Messages.foundMissing, back.itemBarcode(), back.title()), barcode,
					Messages.actionFound);
		}
		if (back.daysLate() > 0) {
			return Outcome.note(NLS.bind(Messages.returnedLate, new Object[] { back.title(), back.itemBarcode(),
					back.patronName(), back.daysLate() }), barcode, NLS.bind(Messages.actionLate, back.daysLate()));
		}
		return Outcome.done(NLS.bind(Messages.returned, back.title(), back.itemBarcode()) + ' '
				+ NLS.bind(Messages.returnedFrom, back.patronName()), barcode, Messages.actionReturned);
	}

	private Outcome renew(String barcode) throws StoreException {
		Loan loan = circulation.renew(barcode);
		LoanRules rules = circulation.rules();
		return Outcome.done(NLS.bind(Messages.renewed, new Object[] { loan.title(), loan.itemBarcode(),
				DATE.format(loan.due()), loan.renewals(), rules.renewals() }), barcode,
				NLS.bind(Messages.actionRenewed, DATE.format(loan.due())));
	}
}
