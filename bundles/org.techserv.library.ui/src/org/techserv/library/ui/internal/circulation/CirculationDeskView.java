package org.techserv.library.ui.internal.circulation;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.circulation.Patron;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * The circulation desk, built for a barcode scanner (a scanner types the barcode and presses Enter): the focus
 * stays in the barcode field, every scan acts at once, and the field is selected again so the next scan replaces
 * it. F2 check out, F3 check in, F4 renew (keys of the desk's own context, so they win over the workbench's);
 * Esc ends the patron being served. Refusals are loud: a red banner and a beep.
 */
public final class CirculationDeskView extends ViewPart {

	public static final String ID = "org.techserv.library.ui.views.circulationDesk"; //$NON-NLS-1$
	/** The key context active while the desk is the active part: F2/F3/F4 switch modes. */
	public static final String CONTEXT = "org.techserv.library.ui.circulation.deskContext"; //$NON-NLS-1$
	public static final String KEY_BARCODE = "circulation.barcode"; //$NON-NLS-1$
	public static final String KEY_BANNER = "circulation.banner"; //$NON-NLS-1$
	public static final String KEY_MODE = "circulation.mode"; //$NON-NLS-1$
	public static final String KEY_PATRON = "circulation.patron"; //$NON-NLS-1$
	public static final String KEY_SESSION = "circulation.session"; //$NON-NLS-1$

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM);
	private static final Color CHECK_OUT = new Color(21, 101, 192);
	private static final Color CHECK_IN = new Color(106, 27, 154);
	private static final Color RENEW = new Color(0, 105, 92);
	private static final Color WHITE = new Color(255, 255, 255);

	/** One line of the session list. */
	private record Line(String time, String barcode, String action, String message) {
	}

	private DeskSession session;
	private ColourBox mode;
	private Label patron;
	private Text barcode;
	private Banner banner;
	private TableViewer lines;
	private final List<Line> done = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		session = new DeskSession(DeskServices.circulation(getSite()));
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDefaultFont());
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);

		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		mode = new ColourBox(top, resources.create(base.increaseHeight(6).setStyle(SWT.BOLD)), SWT.CENTER, KEY_MODE);
		mode.layoutData().grabExcessHorizontalSpace = false;
		mode.layoutData().widthHint = 230;
		patron = new Label(top, SWT.WRAP);
		patron.setData(WorkbenchIds.WIDGET_KEY, KEY_PATRON);
		patron.setFont(resources.create(base.increaseHeight(3)));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(patron);

		Label keys = new Label(parent, SWT.NONE);
		keys.setText(Messages.keys);

		barcode = new Text(parent, SWT.SINGLE | SWT.BORDER);
		barcode.setData(WorkbenchIds.WIDGET_KEY, KEY_BARCODE);
		barcode.setFont(resources.create(base.increaseHeight(10)));
		barcode.setMessage(Messages.barcodeHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(barcode);
		barcode.addListener(SWT.DefaultSelection, e -> scan());
		barcode.addListener(SWT.KeyDown, this::escapeEndsPatron);

		banner = new Banner(parent, resources, KEY_BANNER);

		Label sessionTitle = new Label(parent, SWT.NONE);
		sessionTitle.setText(Messages.sessionTitle);
		lines = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		lines.getTable().setData(WorkbenchIds.WIDGET_KEY, KEY_SESSION);
		lines.getTable().setHeaderVisible(true);
		lines.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Line>add(lines, Messages.columnTime, 90, Line::time);
		TableColumns.<Line>add(lines, Messages.columnBarcode, 120, Line::barcode);
		TableColumns.<Line>add(lines, Messages.columnAction, 210, Line::action);
		TableColumns.<Line>add(lines, Messages.columnMessage, 600, Line::message);
		lines.setInput(done);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(lines.getControl());
		// the list is for reading; a click must not take the scanner's focus away
		lines.getTable().addListener(SWT.MouseUp, e -> focusBarcode());

		Action rules = new Action(Messages.rulesAction) {
			@Override
			public void run() {
				new LoanRulesDialog(getSite().getShell(), DeskServices.circulation(getSite())).open();
				focusBarcode();
			}
		};
		rules.setToolTipText(Messages.rulesActionTooltip);
		getViewSite().getActionBars().getToolBarManager().add(rules);
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		mode(DeskMode.CHECK_OUT);
	}

	/** Switches what a scanned copy does (F2, F3, F4). */
	public void mode(DeskMode next) {
		session.mode(next);
		mode.show(next.label(), switch (next) {
		case CHECK_OUT -> CHECK_OUT;
		case CHECK_IN -> CHECK_IN;
		case RENEW -> RENEW;
		}, WHITE);
		banner.hint(switch (next) {
		case CHECK_OUT -> session.patron() == null ? Messages.hintCheckOut : Messages.hintCheckOutPatron;
		case CHECK_IN -> Messages.hintCheckIn;
		case RENEW -> Messages.hintRenew;
		});
		showPatron();
		focusBarcode();
	}

	public DeskMode mode() {
		return session.mode();
	}

	@Override
	public void setFocus() {
		focusBarcode();
	}

	private void scan() {
		String scanned = barcode.getText();
		Outcome outcome;
		try {
			outcome = session.scan(scanned);
		} catch (StoreException | RuntimeException e) {
			outcome = Outcome.refused(e.getMessage() == null ? e.toString() : e.getMessage(), scanned.strip());
		}
		if (outcome != null) {
			banner.show(outcome);
			done.add(0, new Line(LocalTime.now().format(TIME), outcome.barcode(),
					outcome.kind() == Outcome.Kind.REFUSED ? Messages.actionRefused : outcome.action(),
					outcome.message()));
			lines.refresh();
			showPatron();
			if (outcome.kind() != Outcome.Kind.REFUSED
					&& getSite().getPage().findView(OverdueView.ID) instanceof OverdueView overdue) {
				overdue.refresh(); // a late copy came back, or a renewal moved a due date
			}
		}
		focusBarcode();
	}

	private void escapeEndsPatron(Event e) {
		if (e.keyCode == SWT.ESC && session.patron() != null) {
			session.endPatron();
			e.doit = false;
			barcode.setText(""); //$NON-NLS-1$
			mode(session.mode());
		}
	}

	private void showPatron() {
		Patron now = session.patron();
		patron.setText(now == null ? Messages.noPatron
				: NLS.bind(Messages.patronLine, new Object[] { now.name(), now.barcode(), now.loans(), now.overdue() }));
		patron.getParent().layout(true);
	}

	/** Back in the field with its text selected: the next scan replaces it. */
	private void focusBarcode() {
		if (barcode != null && !barcode.isDisposed()) {
			barcode.setFocus();
			barcode.selectAll();
		}
	}
}
