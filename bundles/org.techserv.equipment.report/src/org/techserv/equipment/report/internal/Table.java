package org.techserv.equipment.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of wrapped cells across the page width. A row that does not fit moves to the next page, where the
 * header is repeated; a row taller than a whole page is split between pages.
 */
public final class Table {

	/** A column: its title (null for a table without header), share of the width, right-aligned or not. */
	public record Column(String title, float share, boolean right) {

		public static Column left(String title, float share) {
			return new Column(title, share, false);
		}

		public static Column right(String title, float share) {
			return new Column(title, share, true);
		}
	}

	/** A cell's text (null or blank for an empty cell) and style. */
	public record Cell(String text, TextStyle style) {
	}

	private static final float PAD_X = 3f;
	private static final float PAD_Y = 2.5f;

	private final PageFlow flow;
	private final List<Column> columns;
	private final boolean header;
	private final boolean grid;
	private final float[] widths;
	private final List<List<String>> titles = new ArrayList<>();
	private boolean started;

	private Table(PageFlow flow, List<Column> columns, boolean header, boolean grid) {
		this.flow = flow;
		this.columns = List.copyOf(columns);
		this.header = header;
		this.grid = grid;
		float shares = 0;
		for (Column column : columns) {
			shares += column.share();
		}
		widths = new float[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = flow.width() * columns.get(i).share() / shares;
			titles.add(TextLines.wrap(columns.get(i).title(), flow.strong(), widths[i] - 2 * PAD_X));
		}
	}

	/** A ruled table whose header is repeated on every page it runs onto. */
	public static Table ruled(PageFlow flow, List<Column> columns) {
		return new Table(flow, columns, true, true);
	}

	/** Label and value pairs and the like: no header, no rules. */
	public static Table plain(PageFlow flow, List<Column> columns) {
		return new Table(flow, columns, false, false);
	}

	public void row(Cell... cells) throws IOException {
		List<List<String>> lines = new ArrayList<>();
		List<TextStyle> styles = new ArrayList<>();
		int count = 1;
		for (int i = 0; i < widths.length; i++) {
			Cell cell = i < cells.length ? cells[i] : null;
			TextStyle style = cell == null ? flow.body() : cell.style();
			List<String> wrapped = cell == null ? List.of() : TextLines.wrap(cell.text(), style, widths[i] - 2 * PAD_X);
			lines.add(wrapped);
			styles.add(style);
			count = Math.max(count, wrapped.size());
		}
		float leading = leading(styles);
		int onAFreshPage = (int) Math.floor((flow.pageHeight() - headerHeight() - 2 * PAD_Y) / leading);
		if (!started) {
			int keep = count <= onAFreshPage ? count : 3;
			flow.ensure(headerHeight() + keep * leading + 2 * PAD_Y);
			startOnThisPage();
		}
		int from = 0;
		while (from < count) {
			int fit = (int) Math.floor((flow.remaining() - 2 * PAD_Y) / leading);
			boolean wholeRowFits = fit >= count - from;
			// a row that fits on a page moves there whole; a longer one starts here when a few lines fit
			boolean move = from == 0 && !flow.atTop() && (count <= onAFreshPage || fit < 3);
			if (!wholeRowFits && (move || fit < 1)) {
				flow.newPage();
				continue;
			}
			int to = Math.min(count, from + fit);
			drawLines(lines, styles, from, to, leading);
			from = to;
			if (from < count) {
				flow.newPage();
			}
		}
	}

	/** The header stops repeating on new pages. */
	public void end() {
		flow.onNewPage(null);
		flow.gap(4f);
	}

	private void startOnThisPage() throws IOException {
		started = true;
		if (header) {
			drawHeader();
			flow.onNewPage(() -> {
				try {
					drawHeader();
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
		}
	}

	private float headerHeight() {
		int lines = 1;
		for (List<String> title : titles) {
			lines = Math.max(lines, title.size());
		}
		return header ? lines * flow.strong().leading() + 2 * PAD_Y : 0f;
	}

	private void drawHeader() throws IOException {
		TextStyle style = flow.strong();
		float top = flow.y();
		flow.shade(flow.left(), top, flow.width(), headerHeight(), 0.9f);
		float x = flow.left();
		for (int i = 0; i < widths.length; i++) {
			List<String> title = titles.get(i);
			for (int l = 0; l < title.size(); l++) {
				flow.line(title.get(l), textX(x, i, title.get(l), style), top - PAD_Y - l * style.leading(), style);
			}
			x += widths[i];
		}
		flow.down(headerHeight());
		flow.rule(flow.left(), flow.width(), flow.y(), 0.7f, 0.4f);
	}

	private void drawLines(List<List<String>> lines, List<TextStyle> styles, int from, int to, float leading)
			throws IOException {
		float top = flow.y() - PAD_Y;
		float x = flow.left();
		for (int i = 0; i < widths.length; i++) {
			List<String> cell = lines.get(i);
			for (int l = from; l < Math.min(to, cell.size()); l++) {
				String text = cell.get(l);
				flow.line(text, textX(x, i, text, styles.get(i)), top - (l - from) * leading, styles.get(i));
			}
			x += widths[i];
		}
		flow.down((to - from) * leading + 2 * PAD_Y);
		if (grid) {
			flow.rule(flow.left(), flow.width(), flow.y(), 0.3f, 0.75f);
		}
	}

	private float textX(float columnX, int column, String text, TextStyle style) {
		if (!columns.get(column).right()) {
			return columnX + PAD_X;
		}
		return columnX + widths[column] - PAD_X - style.font().width(text, style.size());
	}

	private static float leading(List<TextStyle> styles) {
		float leading = 0;
		for (TextStyle style : styles) {
			leading = Math.max(leading, style.leading());
		}
		return leading;
	}
}
