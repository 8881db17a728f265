package org.techserv.library.circulation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.library.circulation.internal.Messages;
import org.techserv.library.circulation.internal.PatronLookup;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Party;
import org.techserv.model.core.PatronRole;
import org.techserv.model.core.Person;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.ValidationException;

/**
 * The library's patrons: found by card or name for the Patrons view, created and changed there. Saving checks what
 * the desk relies on: a card barcode without spaces that no other patron holds and that no copy carries (a scan
 * must mean one thing), a name, and a reason for a blocked card; a refusal names the value and saves nothing.
 */
@Component(service = Patrons.class)
public final class Patrons {

	private final Database database;
	private final Clock clock;
	private final PartyRepository parties;

	@Activate
	public Patrons(@Reference Database database) {
		this(database, Clock.systemDefaultZone());
	}

	public Patrons(Database database, Clock clock) {
		this.database = database;
		this.clock = clock;
		this.parties = new PartyRepository(database);
	}

	/**
	 * Patrons whose card starts with the text or whose name contains it (any case), by name, at most
	 * {@code limit}; every patron for an empty text.
	 */
	public List<Patron> find(String text, int limit) throws StoreException {
		String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
		LocalDate today = LocalDate.now(clock);
		return Transactions.read(database, c -> {
			try (PreparedStatement select = c.prepareStatement(PatronLookup.SELECT_PATRONS + (wanted.isEmpty() ? "" //$NON-NLS-1$
					: "AND (UPPER(R.BARCODE) LIKE ? ESCAPE '\\' OR UPPER(P.SORT_NAME) LIKE ? ESCAPE '\\' " //$NON-NLS-1$
							+ "OR UPPER(P.GIVEN_NAME) LIKE ? ESCAPE '\\') ") //$NON-NLS-1$
					+ "ORDER BY P.SORT_NAME, P.ID")) { //$NON-NLS-1$
				select.setMaxRows(limit);
				select.setDate(1, Date.valueOf(today));
				if (!wanted.isEmpty()) {
					String literal = escaped(wanted);
					select.setString(2, literal + '%');
					select.setString(3, '%' + literal + '%');
					select.setString(4, '%' + literal + '%');
				}
				return rows(select);
			}
		});
	}

	/** A new person with an empty patron card, not stored yet. */
	public static Person newPatron() {
		Person person = CoreFactory.eINSTANCE.createPerson();
		person.getRoles().add(CoreFactory.eINSTANCE.createPatronRole());
		return person;
	}

	/** The patron's party with everything it owns, to edit. */
	public Party load(long partyId) throws StoreException {
		return parties.load(partyId);
	}

	/** The patron role of a party (null when it has none). */
	public static PatronRole card(Party party) {
		return party.getRoles().stream().filter(PatronRole.class::isInstance).map(PatronRole.class::cast).findFirst()
				.orElse(null);
	}

	/** Checks the card and stores the party; returns it with its id and version. */
	public Party save(Party party) throws StoreException {
		PatronRole card = card(party);
		if (card == null) {
			throw refused(Messages.fieldCard, "", NLS.bind(Messages.noCard, name(party))); //$NON-NLS-1$
		}
		String barcode = card.getBarcode() == null ? "" : card.getBarcode().strip(); //$NON-NLS-1$
		List<FieldProblem> problems = new ArrayList<>();
		if (name(party).isBlank()) {
			problems.add(new FieldProblem(Messages.fieldName, "", Messages.nameRequired)); //$NON-NLS-1$
		}
		if (barcode.isEmpty()) {
			problems.add(new FieldProblem(Messages.fieldCard, barcode, Messages.cardRequired));
		} else if (!barcode.equals(barcode.replaceAll("\\s", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
			problems.add(new FieldProblem(Messages.fieldCard, barcode, NLS.bind(Messages.cardHasSpaces, barcode)));
		}
		if (card.isBlocked() && (card.getBlockReason() == null || card.getBlockReason().isBlank())) {
			problems.add(new FieldProblem(Messages.fieldBlockReason, "", Messages.blockReasonRequired)); //$NON-NLS-1$
		}
		if (problems.isEmpty()) {
			problems.addAll(Transactions.read(database, c -> clashes(c, barcode, party.getId())));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems, null, null);
		}
		if (!barcode.equals(card.getBarcode())) {
			card.setBarcode(barcode);
		}
		return parties.save(party); // the card's unique constraint still guards against another desk at once
	}

	private static List<FieldProblem> clashes(Connection c, String barcode, long partyId) throws SQLException {
		List<FieldProblem> problems = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT P.ID, P.KIND, P.GIVEN_NAME, P.FAMILY_NAME, P.NAME " //$NON-NLS-1$
				+ "FROM CORE_PARTY_ROLE R JOIN CORE_PARTY P ON P.ID = R.PARTY_ID WHERE R.BARCODE = ?")) { //$NON-NLS-1$
			s.setString(1, barcode);
			try (ResultSet r = s.executeQuery()) {
				if (r.next() && r.getLong(1) != partyId) {
					String holder = PatronLookup.partyName(r, 2);
					problems.add(new FieldProblem(Messages.fieldCard, barcode, NLS.bind(Messages.cardInUse, barcode, holder)));
				}
			}
		}
		try (PreparedStatement s = c.prepareStatement("SELECT R.TITLE FROM LIBRARY_ITEM I " //$NON-NLS-1$
				+ "JOIN LIBRARY_RECORD R ON R.ID = I.RECORD_ID WHERE I.BARCODE = ?")) { //$NON-NLS-1$
			s.setString(1, barcode);
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					problems.add(new FieldProblem(Messages.fieldCard, barcode,
							NLS.bind(Messages.cardIsACopy, barcode, r.getString(1))));
				}
			}
		}
		return problems;
	}

	private static List<Patron> rows(PreparedStatement select) throws SQLException {
		List<Patron> found = new ArrayList<>();
		try (ResultSet row = select.executeQuery()) {
			while (row.next()) {
				found.add(PatronLookup.patron(row));
			}
		}
		return found;
	}

	private static String name(Party party) {
		if (party instanceof Person person) {
			return PatronLookup.name(person.getGivenName(), person.getFamilyName());
		}
		return party instanceof org.techserv.model.core.Organisation organisation && organisation.getName() != null
				? organisation.getName()
				: ""; //$NON-NLS-1$
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private static ValidationException refused(String field, String value, String message) {
		return new ValidationException(List.of(new FieldProblem(field, value, message)), null, null);
	}
}
