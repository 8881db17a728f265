package org.techserv.library.ui.internal.work;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.ui.forms.ContributedEditorPage;
import org.techserv.ui.forms.EditorPageContext;
import org.techserv.ui.forms.FormFields;

/**
 * The MARC view, contributed to the catalogue record editor through
 * {@value RecordEditorPages#EXTENSION_POINT}: the record as edited (unsaved changes included) the way an export
 * writes it, in ISO 2709 and as MARCXML. The ISO 2709 form is laid out one part a line (leader, directory entries,
 * fields) with its control characters shown, so a cataloguer can check what another system will receive.
 */
public final class MarcViewPage implements ContributedEditorPage {

	/** Widget keys (for tests). */
	public static final String KEY_ISO2709 = "marcView.iso2709"; //$NON-NLS-1$
	public static final String KEY_MARCXML = "marcView.marcxml"; //$NON-NLS-1$

	/** What ISO 2709's control characters are shown as (glyphs every monospaced font has). */
	static final char FIELD_TERMINATOR = '\u00B6';
	static final char SUBFIELD_DELIMITER = '\u2021';
	static final char RECORD_TERMINATOR = '\u00A7';
	private static final int LEADER = 24;
	private static final int DIRECTORY_ENTRY = 12;

	private EditorPageContext context;
	private Label summary;
	private Text iso2709;
	private Text marcxml;

	@Override
	public void createContent(Composite body, FormToolkit toolkit, EditorPageContext pageContext) {
		this.context = pageContext;
		summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT)
				.applyTo(toolkit.createLabel(body, Messages.marcIso2709, SWT.WRAP));
		iso2709 = text(body, toolkit, KEY_ISO2709, 220);
		toolkit.createLabel(body, Messages.marcXml);
		marcxml = text(body, toolkit, KEY_MARCXML, 260);
	}

	private static Text text(Composite body, FormToolkit toolkit, String key, int height) {
		Text text = toolkit.createText(body, "", SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER); //$NON-NLS-1$
		text.setFont(JFaceResources.getTextFont());
		FormFields.keyed(text, key);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, height).applyTo(text);
		return text;
	}

	@Override
	public void refresh() {
		BibliographicRecord record = (BibliographicRecord) context.edited();
		try {
			byte[] bytes = MarcWriting.iso2709(record);
			iso2709.setText(layout(bytes));
			ByteArrayOutputStream xml = new ByteArrayOutputStream();
			try (MarcWriting writing = new MarcWriting(xml, MarcFormat.MARCXML)) {
				writing.write(record);
			}
			marcxml.setText(xml.toString(StandardCharsets.UTF_8));
			summary.setText(NLS.bind(Messages.marcSummary, bytes.length, record.getDataFields().size()
					+ record.getControlFields().size()));
		} catch (RuntimeException e) {
			iso2709.setText(""); //$NON-NLS-1$
			marcxml.setText(""); //$NON-NLS-1$
			summary.setText(NLS.bind(Messages.marcNotWritable, String.valueOf(e.getMessage())));
		}
		summary.getParent().layout(true, true);
	}

	/**
	 * ISO 2709 bytes laid out for reading: the leader, the directory one entry (tag, length, start) a line, then
	 * each field a line, control characters shown as their symbols.
	 */
	static String layout(byte[] bytes) {
		String record = new String(bytes, StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(record.length() + 200);
		int directoryEnd = record.indexOf('\u001E');
		if (record.length() < LEADER || directoryEnd < LEADER) {
			return visible(record);
		}
		out.append(record, 0, LEADER).append('\n');
		for (int at = LEADER; at + DIRECTORY_ENTRY <= directoryEnd; at += DIRECTORY_ENTRY) {
			String entry = record.substring(at, at + DIRECTORY_ENTRY);
			out.append(entry, 0, 3).append(' ').append(entry, 3, 7).append(' ').append(entry, 7, 12).append('\n');
		}
		out.append(FIELD_TERMINATOR).append('\n');
		int start = directoryEnd + 1;
		for (int end = record.indexOf('\u001E', start); end >= 0; end = record.indexOf('\u001E', start)) {
			out.append(visible(record.substring(start, end))).append(FIELD_TERMINATOR).append('\n');
			start = end + 1;
		}
		out.append(visible(record.substring(start)));
		return out.toString();
	}

	private static String visible(String text) {
		return text.replace('\u001F', SUBFIELD_DELIMITER).replace('\u001E', FIELD_TERMINATOR)
				.replace('\u001D', RECORD_TERMINATOR);
	}
}
