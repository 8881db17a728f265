package org.techserv.library.ui.internal.serials;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.serials.ChronologyDetail;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.IssuePrediction;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternException;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictedIssue;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.serials.store.Subscription;
import org.techserv.store.StoreException;
import org.techserv.workbench.WorkbenchIds;

/**
 * A subscription and its prediction pattern. A frequency preset fills in the pattern's lines, which can then be
 * changed; the next issues the pattern gives are shown as it is typed, and a pattern that cannot produce them is
 * named in the dialog's message with OK disabled. OK saves and stores the issues of the coming year.
 */
final class SubscriptionDialog extends TitleAreaDialog {

	private final Subscription original;
	private Text vendor;
	private Text start;
	private Text end;
	private Text grace;
	private Text claimDays;
	private Text location;
	private Combo preset;
	private Text pattern;
	private Text preview;
	private String outcome = ""; //$NON-NLS-1$

	SubscriptionDialog(Shell shell, Subscription subscription) {
		super(shell);
		this.original = subscription;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(Messages.subscriptionTitle);
		setTitle(Messages.subscriptionTitle);
		setMessage(NLS.bind(Messages.subscriptionMessage, original.title()));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		vendor = field(form, Messages.vendor, original.vendor());
		vendor.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_VENDOR);
		start = field(form, Messages.start, String.valueOf(original.start()));
		end = field(form, Messages.end, original.end() == null ? "" : String.valueOf(original.end())); //$NON-NLS-1$
		grace = field(form, Messages.graceDays, String.valueOf(original.graceDays()));
		claimDays = field(form, Messages.claimDays, String.valueOf(original.claimDays()));
		location = field(form, Messages.location, original.location());
		new Label(form, SWT.NONE).setText(Messages.preset);
		preset = new Combo(form, SWT.READ_ONLY);
		preset.setItems(Messages.presetMonthly, Messages.presetQuarterly, Messages.presetWeekly,
				Messages.presetTwiceMonthly, Messages.presetAnnualVolume);
		preset.addListener(SWT.Selection, e -> applyPreset());
		Label patternLabel = new Label(form, SWT.NONE);
		patternLabel.setText(Messages.pattern);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(patternLabel);
		pattern = new Text(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		pattern.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_PATTERN);
		pattern.setText(original.pattern() == null ? "" : original.pattern()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 150).applyTo(pattern);
		Label previewLabel = new Label(form, SWT.NONE);
		previewLabel.setText(Messages.preview);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(previewLabel);
		preview = new Text(form, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL);
		preview.setData(WorkbenchIds.WIDGET_KEY, SerialsUiIds.KEY_PREVIEW);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 150).applyTo(preview);
		for (Text text : List.of(vendor, start, end, grace, claimDays, pattern)) {
			text.addListener(SWT.Modify, e -> check());
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	private static Text field(Composite form, String label, String value) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	/** Fills in the pattern of the chosen frequency, starting on the subscription's start date. */
	private void applyPreset() {
		LocalDate first;
		try {
			first = LocalDate.parse(start.getText().strip());
		} catch (DateTimeParseException e) {
			first = LocalDate.now().withDayOfMonth(1);
		}
		PredictionPattern chosen = switch (preset.getSelectionIndex()) {
		case 1 -> PredictionPattern.builder(Frequency.QUARTERLY, first).level("v.", 0, Numbering.CONTINUOUS, 1) //$NON-NLS-1$
				.level("no.", 4, Numbering.RESTART, 1).build(); //$NON-NLS-1$
		case 2 -> PredictionPattern.builder(Frequency.WEEKLY, first).level("v.", 0, Numbering.CONTINUOUS, 1) //$NON-NLS-1$
				.level("no.", 0, Numbering.RESTART, 1).volumeChange(Month.JANUARY).chronology(ChronologyDetail.DAY) //$NON-NLS-1$
				.build();
		case 3 -> PredictionPattern.builder(Frequency.SEMIMONTHLY, first.withDayOfMonth(first.getDayOfMonth() < 15 ? 1 : 15))
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 24, Numbering.RESTART, 1) //$NON-NLS-1$ //$NON-NLS-2$
				.chronology(ChronologyDetail.DAY).days(1, 15).build();
		case 4 -> PredictionPattern.builder(Frequency.MONTHLY, first).level("v.", 0, Numbering.CONTINUOUS, 1) //$NON-NLS-1$
				.level("no.", 12, Numbering.CONTINUOUS, 1).build(); //$NON-NLS-1$
		default -> PredictionPattern.builder(Frequency.MONTHLY, first).level("v.", 0, Numbering.CONTINUOUS, 1) //$NON-NLS-1$
				.level("no.", 12, Numbering.RESTART, 1).build(); //$NON-NLS-1$
		};
		pattern.setText(PatternText.write(chosen));
	}

	/** The subscription as typed, or null with the problem in the message area. */
	private Subscription typed() {
		try {
			LocalDate from = date(Messages.start, start.getText());
			String last = end.getText().strip();
			LocalDate to = last.isEmpty() ? null : date(Messages.end, last);
			return new Subscription(original.id(), original.version(), original.recordId(), original.title(),
					vendor.getText().strip(), from, to, pattern.getText(), number(Messages.graceDays, grace.getText()),
					number(Messages.claimDays, claimDays.getText()), location.getText().strip());
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return null;
		}
	}

	private void check() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		setErrorMessage(null);
		Subscription subscription = typed();
		String problem = null;
		StringBuilder next = new StringBuilder();
		if (subscription != null) {
			try {
				IssuePrediction prediction = IssuePrediction.of(PatternText.read(subscription.pattern()));
				LocalDate from = subscription.start().isBefore(prediction.pattern().firstIssue())
						? prediction.pattern().firstIssue() : subscription.start();
				int shown = 0;
				for (PredictedIssue issue : prediction) {
					if (!issue.date().isBefore(from)) {
						next.append(issue.label()).append("  ").append(issue.date()).append('\n'); //$NON-NLS-1$
						if (++shown == 12) {
							break;
						}
					}
				}
			} catch (PatternException e) {
				problem = e.getMessage();
			}
			if (problem == null && subscription.vendor().isEmpty()) {
				problem = Messages.vendorRequired;
			}
		}
		preview.setText(next.toString());
		if (problem != null) {
			setErrorMessage(problem);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(subscription != null && problem == null);
	}

	@Override
	protected void okPressed() {
		Subscription subscription = typed();
		if (subscription == null) {
			return;
		}
		try {
			SerialsStore serials = Serials.store();
			Subscription saved = serials.subscriptions().save(subscription);
			int added = serials.subscriptions().predict(saved.id(), LocalDate.now().plusYears(1));
			outcome = NLS.bind(Messages.subscriptionSaved, added);
			super.okPressed();
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	String outcome() {
		return outcome;
	}

	private static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.badDate, clean(field), text.strip()), e);
		}
	}

	private static int number(String field, String text) {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.badNumber, clean(field), text.strip()), e);
		}
	}

	/** A label without its mnemonic and colon, to name the field in a message. */
	private static String clean(String label) {
		String text = label.replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
		int paren = text.indexOf(" ("); //$NON-NLS-1$
		if (paren > 0) {
			text = text.substring(0, paren);
		}
		return text.endsWith(":") ? text.substring(0, text.length() - 1) : text; //$NON-NLS-1$
	}
}
