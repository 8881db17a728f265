package org.techserv.library.serials.internal.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.ChronologyDetail;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.VolumeSpec;
import org.techserv.library.serials.internal.Messages;
import org.techserv.library.serials.store.CheckIn;
import org.techserv.library.serials.store.IssueStatus;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.serials.store.Subscription;
import org.techserv.library.store.CatalogueQueries;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * Subscriptions on the serials of the demo catalogue (Debian's idzebra sample: "Internet world", "Info Canada",
 * the FEDLINK directory), started last January, with most past issues received, one gap, and late ones to claim;
 * last year's "Internet world" issues wait in an open binding batch.
 */
public final class SerialsDemoData implements org.techserv.store.demo.DemoData {

	@Override
	public boolean present(Database database) throws StoreException {
		return !new SerialsStore(database).subscriptions().all().isEmpty();
	}

	@Override
	public String load(Database database, IProgressMonitor monitor) throws StoreException {
		LocalDate today = LocalDate.now();
		LocalDate january = LocalDate.of(today.getYear() - 1, 1, 1);
		SerialsStore serials = new SerialsStore(database);
		CatalogueQueries catalogue = new CatalogueQueries(database);
		int subscriptions = 0;
		subscriptions += subscribe(serials, catalogue, "Internet world", "EBSCO Information Services", //$NON-NLS-1$ //$NON-NLS-2$
				PredictionPattern.builder(Frequency.MONTHLY, january).level("v.", 0, Numbering.CONTINUOUS, 7) //$NON-NLS-1$
						.level("no.", 12, Numbering.RESTART, 1).combineMonths(Month.JULY, Month.AUGUST).build(), //$NON-NLS-1$
				10, today);
		subscriptions += subscribe(serials, catalogue, "Info Canada", "Harrassowitz", //$NON-NLS-1$ //$NON-NLS-2$
				PredictionPattern.builder(Frequency.QUARTERLY, january.withDayOfMonth(15))
						.level("v.", 0, Numbering.CONTINUOUS, 3).level("no.", 4, Numbering.RESTART, 1).build(), //$NON-NLS-1$ //$NON-NLS-2$
				20, today);
		subscriptions += subscribe(serials, catalogue, "NDN, sharing success", "EBSCO Information Services", //$NON-NLS-1$ //$NON-NLS-2$
				PredictionPattern.builder(Frequency.SEMIMONTHLY, january).level("no.", 0, Numbering.CONTINUOUS, 101) //$NON-NLS-1$
						.chronology(ChronologyDetail.DAY).days(1, 15).build(),
				7, today);
		openBatch(database, serials, catalogue, today.getYear() - 1);
		int issues = 0;
		for (Subscription subscription : serials.subscriptions().all()) {
			issues += serials.checkIn().ofSubscription(subscription.id()).size();
		}
		return NLS.bind(Messages.demoSummary, subscriptions, issues);
	}

	private static int subscribe(SerialsStore serials, CatalogueQueries catalogue, String title, String vendor,
			PredictionPattern pattern, int graceDays, LocalDate today) throws StoreException {
		long[] ids = catalogue.ids(title);
		if (ids.length == 0) {
			return 0;
		}
		Subscription subscription = serials.subscriptions().save(new Subscription(0, 0, ids[0], null, vendor,
				pattern.firstIssue(), null, PatternText.write(pattern), graceDays, 30, "Periodicals")); //$NON-NLS-1$
		serials.subscriptions().predict(subscription.id(), today.plusYears(1));
		CheckIn checkIn = serials.checkIn();
		List<SerialIssue> issues = checkIn.ofSubscription(subscription.id());
		// everything up to six weeks ago arrived, except the fourth issue (a gap in the holdings)
		for (SerialIssue issue : issues) {
			if (issue.expected().isBefore(today.minusWeeks(6))) {
				if (issue.sequence() == 4) {
					checkIn.mark(issue.id(), IssueStatus.MISSING);
				} else {
					checkIn.receive(issue.id(), issue.expected().plusDays(3), null);
				}
			}
		}
		return 1;
	}

	/**
	 * An open binding batch holding last year's received issues of "Internet world" as one volume, so the Binding
	 * view and My Work have a batch to send; the other titles' issues are left to bind.
	 */
	private static void openBatch(Database database, SerialsStore serials, CatalogueQueries catalogue, int year)
			throws StoreException {
		long[] ids = catalogue.ids("Internet world"); //$NON-NLS-1$
		if (ids.length == 0) {
			return;
		}
		List<Long> lastYear = new ArrayList<>();
		for (Subscription subscription : serials.subscriptions().all()) {
			if (subscription.recordId() == ids[0]) {
				for (SerialIssue issue : serials.checkIn().ofSubscription(subscription.id())) {
					if (issue.status() == IssueStatus.RECEIVED && issue.expected().getYear() == year) {
						lastYear.add(issue.id());
					}
				}
			}
		}
		if (lastYear.isEmpty()) {
			return;
		}
		Bindery bindery = new Bindery(database);
		BindingBatch batch = bindery.open("Northside Bindery"); //$NON-NLS-1$
		bindery.addVolume(batch.id(), ids[0], new VolumeSpec("v.7 " + year, "Dark blue", "Buckram", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of("INTERNET WORLD", "v.7", String.valueOf(year)), ""), lastYear, List.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
