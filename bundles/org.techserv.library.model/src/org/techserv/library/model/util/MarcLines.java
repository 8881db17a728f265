package org.techserv.library.model.util;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;

/**
 * The line form cataloguers type MARC in (MARCBreaker's mnemonic form): {@code =LDR  00000nam a2200000 a 4500},
 * {@code =001  12345}, {@code =245  10$aTitle :$bsubtitle}. A backslash stands for a blank in indicators and fixed
 * fields, {@code {dollar}} for a dollar sign inside a subfield. Reading a line refuses what cannot be a field, with a
 * sentence naming the tag and what is wrong; whether the field obeys MARC 21 is {@link LibraryRules}' business.
 */
public final class MarcLines {

	public static final String LEADER = "LDR"; //$NON-NLS-1$
	private static final String DOLLAR = "{dollar}"; //$NON-NLS-1$

	/** What a line says. */
	public sealed interface Line permits LeaderLine, ControlLine, DataLine {
		String tag();
	}

	public record LeaderLine(String value) implements Line {
		@Override
		public String tag() {
			return LEADER;
		}
	}

	public record ControlLine(String tag, String value) implements Line {
		/** A new control field with this tag and value. */
		public ControlField toField() {
			ControlField field = LibraryFactory.eINSTANCE.createControlField();
			field.setTag(tag);
			field.setValue(value);
			return field;
		}
	}

	/** @param subfields code and value pairs, in order */
	public record DataLine(String tag, char indicator1, char indicator2, List<String[]> subfields) implements Line {
		/** A new data field with these indicators and subfields. */
		public DataField toField() {
			DataField field = LibraryFactory.eINSTANCE.createDataField();
			field.setTag(tag);
			field.setIndicator1(indicator1);
			field.setIndicator2(indicator2);
			for (String[] pair : subfields) {
				Subfield subfield = LibraryFactory.eINSTANCE.createSubfield();
				subfield.setCode(pair[0].charAt(0));
				subfield.setValue(pair[1]);
				field.getSubfields().add(subfield);
			}
			return field;
		}
	}

	private MarcLines() {
	}

	public static String leader(String leader) {
		return "=" + LEADER + "  " + blanks(leader == null ? "" : leader); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static String of(ControlField field) {
		return "=" + field.getTag() + "  " + blanks(field.getValue() == null ? "" : field.getValue()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static String of(DataField field) {
		StringBuilder line = new StringBuilder("=").append(field.getTag()).append("  ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(indicator(field.getIndicator1())).append(indicator(field.getIndicator2()));
		for (Subfield subfield : field.getSubfields()) {
			String value = subfield.getValue() == null ? "" : subfield.getValue(); //$NON-NLS-1$
			line.append('$').append(subfield.getCode()).append(value.replace("$", DOLLAR)); //$NON-NLS-1$
		}
		return line.toString();
	}

	/** Reads one line; throws with a sentence for the cataloguer when it cannot be a field. */
	public static Line parse(String text) throws IllegalArgumentException {
		String line = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (line.startsWith("=")) { //$NON-NLS-1$
			line = line.substring(1);
		}
		if (line.length() < 3) {
			throw new IllegalArgumentException(NLS.bind(Messages.lineNoTag, text));
		}
		String tag = line.substring(0, 3);
		String rest = line.substring(3);
		rest = rest.startsWith("  ") ? rest.substring(2) : rest.stripLeading(); //$NON-NLS-1$
		if (tag.equalsIgnoreCase(LEADER)) {
			return new LeaderLine(spaces(rest));
		}
		if (!tag.matches("\\d{3}")) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.lineBadTag, tag));
		}
		if (tag.startsWith("00")) { //$NON-NLS-1$
			return new ControlLine(tag, spaces(rest));
		}
		if (rest.length() < 2 || rest.charAt(0) == '$' || rest.charAt(1) == '$') {
			throw new IllegalArgumentException(NLS.bind(Messages.lineNoIndicators, tag));
		}
		char indicator1 = blank(rest.charAt(0));
		char indicator2 = blank(rest.charAt(1));
		String body = rest.substring(2);
		if (!body.startsWith("$")) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.lineNoSubfield, tag));
		}
		List<String[]> subfields = new ArrayList<>();
		for (String part : body.substring(1).split("\\$", -1)) { //$NON-NLS-1$
			if (part.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.lineEmptyCode, tag));
			}
			subfields.add(new String[] { part.substring(0, 1), part.substring(1).replace(DOLLAR, "$") }); //$NON-NLS-1$
		}
		return new DataLine(tag, indicator1, indicator2, subfields);
	}

	private static char indicator(char value) {
		return value == ' ' || value == 0 ? '\\' : value;
	}

	private static char blank(char value) {
		return value == '\\' ? ' ' : value;
	}

	private static String blanks(String value) {
		return value.replace(' ', '\\');
	}

	private static String spaces(String value) {
		return value.replace('\\', ' ');
	}
}
