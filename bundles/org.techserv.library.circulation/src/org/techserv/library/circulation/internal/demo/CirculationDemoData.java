package org.techserv.library.circulation.internal.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.circulation.Channel;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.QuestionType;
import org.techserv.library.circulation.ReferenceDesk;
import org.techserv.library.circulation.internal.Messages;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.store.ItemRepository;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.PatronRole;
import org.techserv.model.core.Person;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.demo.DemoData;

/**
 * Patrons with library cards (one blocked), loans of the demo catalogue's copies (two of them overdue) and a
 * month and a half of reference questions; one copy withdrawn. Runs after the library catalogue's demo data, whose copies it lends.
 */
public final class CirculationDemoData implements DemoData {

	/** Card barcodes P1001..; the first one tells whether the demo patrons are there. */
	public static final String FIRST_CARD = "P1001"; //$NON-NLS-1$

	private static final String[][] PATRONS = { { "Maria", "Lindqvist" }, { "Tomás", "Herrera" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "Aiyana", "Brooks" }, { "Kenji", "Watanabe" }, { "Fatima", "Okafor" }, { "Liam", "O'Connor" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final int BLOCKED = 4;

	@Override
	public boolean present(Database database) throws StoreException {
		return new Circulation(database).findPatron(FIRST_CARD) != null;
	}

	@Override
	public String load(Database database, IProgressMonitor monitor) throws StoreException {
		List<String> copies = availableCopies(database, 6);
		if (copies.size() < 6) {
			return Messages.demoNoCopies;
		}
		PartyRepository parties = new PartyRepository(database);
		for (int i = 0; i < PATRONS.length; i++) {
			Person person = CoreFactory.eINSTANCE.createPerson();
			person.setGivenName(PATRONS[i][0]);
			person.setFamilyName(PATRONS[i][1]);
			PatronRole card = CoreFactory.eINSTANCE.createPatronRole();
			card.setBarcode("P" + (1001 + i)); //$NON-NLS-1$
			if (i == BLOCKED) {
				card.setBlocked(true);
				card.setBlockReason("Card expired; renew it at the desk with proof of address"); //$NON-NLS-1$
			}
			person.getRoles().add(card);
			parties.save(person);
		}
		ZoneId zone = ZoneId.systemDefault();
		Instant now = Instant.now();
		// loaned 30 and 24 days ago under the default 21-day period: 9 and 3 days overdue now
		new Circulation(database, Clock.fixed(now.minus(Duration.ofDays(30)), zone)).checkOut("P1001", copies.get(0)); //$NON-NLS-1$
		new Circulation(database, Clock.fixed(now.minus(Duration.ofDays(24)), zone)).checkOut("P1004", copies.get(1)); //$NON-NLS-1$
		Circulation today = new Circulation(database, Clock.fixed(now.minus(Duration.ofDays(5)), zone));
		today.checkOut("P1001", copies.get(2)); //$NON-NLS-1$
		today.checkOut("P1002", copies.get(3)); //$NON-NLS-1$
		today.checkOut("P1003", copies.get(4)); //$NON-NLS-1$
		// a copy taken out of the collection, to show the desk refusing it
		ItemRepository items = new ItemRepository(database);
		Item withdrawn = items.byBarcode(copies.get(5));
		withdrawn.setStatus(ItemStatus.WITHDRAWN);
		items.save(withdrawn);
		int questions = referenceQuestions(database, now);
		return NLS.bind(Messages.demoSummary, new Object[] { PATRONS.length, 5, 2, questions });
	}

	/** A deterministic spread over the last 45 days: every type and channel, more in person than by chat. */
	private static int referenceQuestions(Database database, Instant now) throws StoreException {
		ReferenceDesk desk = new ReferenceDesk(database);
		QuestionType[] types = QuestionType.values();
		Channel[] channels = { Channel.IN_PERSON, Channel.IN_PERSON, Channel.IN_PERSON, Channel.PHONE, Channel.PHONE,
				Channel.EMAIL, Channel.CHAT };
		int n = 0;
		for (int day = 45; day >= 1; day--) {
			for (int q = 0; q < 1 + day % 3; q++) {
				desk.tally(types[(day + q * 2) % types.length], channels[(day * 3 + q) % channels.length],
						now.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(37L * q)));
				n++;
			}
		}
		return n;
	}

	private static List<String> availableCopies(Database database, int count) throws StoreException {
		return Transactions.read(database, c -> {
			List<String> barcodes = new ArrayList<>();
			try (PreparedStatement select = c.prepareStatement("SELECT BARCODE FROM LIBRARY_ITEM " //$NON-NLS-1$
					+ "WHERE STATUS = 'AVAILABLE' ORDER BY BARCODE FETCH FIRST " + count + " ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
					ResultSet row = select.executeQuery()) {
				while (row.next()) {
					barcodes.add(row.getString(1));
				}
			}
			return barcodes;
		});
	}
}
