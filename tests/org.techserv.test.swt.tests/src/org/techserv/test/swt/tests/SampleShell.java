package org.techserv.test.swt.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.techserv.test.swt.Matcher;
import org.techserv.test.swt.UIThread;

/** A small real shell with one widget of each kind the driver handles; it records what happened to it. */
final class SampleShell {

	static final String TITLE = "Driver sample";

	final List<String> events = new ArrayList<>();
	Shell shell;

	static SampleShell open() {
		SampleShell sample = new SampleShell();
		UIThread.syncExec(sample::create);
		return sample;
	}

	private void create() {
		shell = new Shell(UIThread.display(), SWT.SHELL_TRIM);
		shell.setText(TITLE);
		shell.setLayout(new GridLayout(2, false));

		Menu bar = new Menu(shell, SWT.BAR);
		shell.setMenuBar(bar);
		MenuItem file = new MenuItem(bar, SWT.CASCADE);
		file.setText("&File");
		Menu fileMenu = new Menu(shell, SWT.DROP_DOWN);
		file.setMenu(fileMenu);
		MenuItem greet = new MenuItem(fileMenu, SWT.PUSH);
		greet.setText("&Greet\tCtrl+G");
		greet.addListener(SWT.Selection, e -> events.add("menu:greet"));

		ToolBar toolBar = new ToolBar(shell, SWT.FLAT);
		ToolItem refresh = new ToolItem(toolBar, SWT.PUSH);
		refresh.setText("R");
		refresh.setToolTipText("Refresh the list");
		refresh.addListener(SWT.Selection, e -> events.add("tool:refresh"));
		new Label(shell, SWT.NONE);

		new Label(shell, SWT.NONE).setText("&Name:");
		Text name = new Text(shell, SWT.BORDER);
		name.setData(Matcher.WIDGET_KEY, "sample.name");
		name.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.CTRL) != 0 && e.keyCode == 'k') {
				events.add("key:ctrl+k");
			}
		});

		Button count = new Button(shell, SWT.PUSH);
		count.setText("&Count");
		count.addListener(SWT.Selection, e -> events.add("button:count"));
		Button disabled = new Button(shell, SWT.PUSH);
		disabled.setText("Disabled");
		disabled.setEnabled(false);

		Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
		table.setData(Matcher.WIDGET_KEY, "sample.table");
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.LEFT).setText("Barcode");
		new TableColumn(table, SWT.LEFT).setText("Title");
		String[][] rows = { { "31000001", "Opera" }, { "31000002", "Aida" }, { "31000003", "Otello" } };
		for (String[] row : rows) {
			new TableItem(table, SWT.NONE).setText(row);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.addListener(SWT.Selection, e -> events.add("select:" + table.indexOf((TableItem) e.item)));
		table.addListener(SWT.DefaultSelection, e -> events.add("open:" + table.indexOf((TableItem) e.item)));

		shell.setSize(500, 400);
		shell.open();
		shell.forceActive();
	}

	void close() {
		UIThread.syncExec(() -> {
			if (shell != null && !shell.isDisposed()) {
				shell.dispose();
			}
		});
	}

	boolean saw(String event) {
		return UIThread.syncExec(() -> events.contains(event));
	}
}
