package org.techserv.library.ui.internal.reference;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.circulation.Channel;
import org.techserv.library.circulation.MonthlyStatistics;
import org.techserv.library.circulation.QuestionType;
import org.techserv.library.circulation.ReferenceDesk;
import org.techserv.library.circulation.ReferenceQuestion;
import org.techserv.library.ui.internal.circulation.DeskServices;
import org.techserv.library.ui.internal.circulation.Messages;
import org.techserv.store.StoreException;
import org.techserv.workbench.WorkbenchIds;

/**
 * The reference desk's tally: one key or one click notes a question. Keys 1-5 note a question of that type by
 * the chosen channel; I, P, E, C choose the channel; Backspace takes back the last one noted here. Below, the
 * month's questions counted by type and channel.
 */
public final class ReferenceDeskView extends ViewPart {

	public static final String ID = "org.techserv.library.ui.views.referenceDesk"; //$NON-NLS-1$
	public static final String KEY_STATISTICS = "reference.statistics"; //$NON-NLS-1$
	public static final String KEY_LAST = "reference.last"; //$NON-NLS-1$
	public static final String KEY_MONTH = "reference.month"; //$NON-NLS-1$
	/** Widget key of a type's button: this prefix and the type's name. */
	public static final String KEY_TYPE = "reference.type."; //$NON-NLS-1$
	public static final String KEY_CHANNEL = "reference.channel."; //$NON-NLS-1$

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu"); //$NON-NLS-1$
	private static final char[] CHANNEL_KEYS = { 'i', 'p', 'e', 'c' };

	private ReferenceDesk desk;
	private final Map<Channel, Button> channels = new EnumMap<>(Channel.class);
	private final List<Button> typeButtons = new ArrayList<>();
	private final Deque<ReferenceQuestion> noted = new ArrayDeque<>();
	private Channel channel = Channel.IN_PERSON;
	private Label last;
	private Label monthLabel;
	private Table statistics;
	private YearMonth month;

	@Override
	public void createPartControl(Composite parent) {
		desk = DeskServices.referenceDesk(getSite());
		month = desk.thisMonth();
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 8).applyTo(parent);

		Group channelGroup = new Group(parent, SWT.NONE);
		channelGroup.setText(Messages.referenceChannel);
		GridLayoutFactory.swtDefaults().numColumns(Channel.values().length).applyTo(channelGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(channelGroup);
		for (Channel each : Channel.values()) {
			Button radio = new Button(channelGroup, SWT.RADIO);
			radio.setText(NLS.bind(Messages.referenceChannelButton, Character.toUpperCase(CHANNEL_KEYS[each.ordinal()]),
					each.label()));
			radio.setData(WorkbenchIds.WIDGET_KEY, KEY_CHANNEL + each.name());
			radio.setSelection(each == channel);
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					channel = each;
				}
			});
			channels.put(each, radio);
			radio.addListener(SWT.KeyDown, this::key);
		}

		Composite types = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 4).applyTo(types);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(types);
		for (QuestionType type : QuestionType.values()) {
			Button button = new Button(types, SWT.PUSH);
			button.setText(NLS.bind(Messages.referenceTypeButton, type.ordinal() + 1, type.label()));
			button.setData(WorkbenchIds.WIDGET_KEY, KEY_TYPE + type.name());
			button.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(2)));
			GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 36).applyTo(button);
			button.addListener(SWT.Selection, e -> tally(type));
			button.addListener(SWT.KeyDown, this::key);
			typeButtons.add(button);
		}

		Composite lastRow = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(lastRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(lastRow);
		last = new Label(lastRow, SWT.WRAP);
		last.setData(WorkbenchIds.WIDGET_KEY, KEY_LAST);
		last.setText(Messages.referenceNothingYet);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(last);
		Button undo = new Button(lastRow, SWT.PUSH);
		undo.setText(Messages.referenceUndo);
		undo.addListener(SWT.Selection, e -> undoLast());
		undo.addListener(SWT.KeyDown, this::key);

		Composite monthRow = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(monthRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(monthRow);
		Button previous = new Button(monthRow, SWT.PUSH);
		previous.setText(Messages.referencePrevious);
		previous.addListener(SWT.Selection, e -> showMonth(month.minusMonths(1)));
		monthLabel = new Label(monthRow, SWT.CENTER);
		monthLabel.setData(WorkbenchIds.WIDGET_KEY, KEY_MONTH);
		monthLabel.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD)));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(monthLabel);
		Button next = new Button(monthRow, SWT.PUSH);
		next.setText(Messages.referenceNext);
		next.addListener(SWT.Selection, e -> showMonth(month.plusMonths(1)));

		statistics = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		statistics.setData(WorkbenchIds.WIDGET_KEY, KEY_STATISTICS);
		statistics.setHeaderVisible(true);
		statistics.setLinesVisible(true);
		column(Messages.referenceColumnType, 130);
		for (Channel each : Channel.values()) {
			column(each.label(), 62);
		}
		column(Messages.referenceColumnTotal, 50);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(statistics);
		showMonth(month);
	}

	@Override
	public void setFocus() {
		typeButtons.get(0).setFocus();
	}

	/** Notes one question of this type by the chosen channel, now. */
	public void tally(QuestionType type) {
		try {
			ReferenceQuestion question = desk.tally(type, channel);
			noted.push(question);
			last.setText(NLS.bind(Messages.referenceNoted, new Object[] { type.label(), channel.label(),
					TIME.format(question.askedAt().atZone(ZoneId.systemDefault())) }));
			showMonth(desk.thisMonth());
		} catch (StoreException e) {
			last.setText(e.getMessage());
		}
		last.getParent().layout(true);
	}

	private void undoLast() {
		if (noted.isEmpty()) {
			return;
		}
		try {
			ReferenceQuestion question = noted.pop();
			desk.remove(question);
			last.setText(NLS.bind(Messages.referenceTakenBack, question.type().label(), question.channel().label()));
			showMonth(month);
		} catch (StoreException e) {
			last.setText(e.getMessage());
		}
		last.getParent().layout(true);
	}

	/** 1-5 note a question of that type, I/P/E/C choose the channel, Backspace takes back the last one. */
	private void key(Event e) {
		char c = Character.toLowerCase(e.character);
		if ((e.stateMask & SWT.MODIFIER_MASK & ~SWT.SHIFT) != 0) {
			return;
		}
		if (c >= '1' && c < '1' + QuestionType.values().length) {
			tally(QuestionType.values()[c - '1']);
			e.doit = false;
		} else if (e.keyCode == SWT.BS) {
			undoLast();
			e.doit = false;
		} else {
			for (Channel each : Channel.values()) {
				if (c == CHANNEL_KEYS[each.ordinal()]) {
					channel = each;
					channels.forEach((k, radio) -> radio.setSelection(k == each));
					e.doit = false;
				}
			}
		}
	}

	private void showMonth(YearMonth shown) {
		month = shown;
		monthLabel.setText(MONTH.withLocale(Locale.getDefault()).format(shown));
		statistics.removeAll();
		try {
			MonthlyStatistics counts = desk.month(shown);
			for (QuestionType type : QuestionType.values()) {
				List<String> cells = new ArrayList<>();
				cells.add(type.label());
				for (Channel each : Channel.values()) {
					cells.add(String.valueOf(counts.count(type, each)));
				}
				cells.add(String.valueOf(counts.total(type)));
				row(cells);
			}
			List<String> totals = new ArrayList<>();
			totals.add(Messages.referenceColumnTotal);
			for (Channel each : Channel.values()) {
				totals.add(String.valueOf(counts.total(each)));
			}
			totals.add(String.valueOf(counts.total()));
			row(totals);
		} catch (StoreException e) {
			row(List.of(e.getMessage()));
		}
		monthLabel.getParent().layout(true);
	}

	private void row(List<String> cells) {
		TableItem item = new TableItem(statistics, SWT.NONE);
		item.setText(cells.toArray(String[]::new));
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(statistics, title.equals(Messages.referenceColumnType) ? SWT.LEFT : SWT.RIGHT);
		column.setText(title);
		column.setWidth(width);
	}
}
