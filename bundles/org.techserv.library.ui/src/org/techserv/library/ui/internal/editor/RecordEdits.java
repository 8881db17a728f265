package org.techserv.library.ui.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.LibraryPackage;
import org.techserv.library.model.Subfield;
import org.techserv.library.model.util.MarcLines;
import org.techserv.library.model.util.MarcLines.ControlLine;
import org.techserv.library.model.util.MarcLines.DataLine;
import org.techserv.library.model.util.MarcLines.LeaderLine;
import org.techserv.library.model.util.RecordValues;

/**
 * The changes a cataloguer makes to a record, as commands for the editor's stack: a field replaced by a typed line,
 * a field added in tag order, fields removed or moved, one subfield set from the form page. Each is one undo step.
 */
final class RecordEdits {

	private static final LibraryPackage MARC = LibraryPackage.eINSTANCE;

	private final EditingDomain domain;
	private final BibliographicRecord record;

	RecordEdits(EditingDomain domain, BibliographicRecord record) {
		this.domain = domain;
		this.record = record;
	}

	/** {@code old} (a field, or the record for the leader) replaced by what {@code line} says. */
	Command replace(Object old, MarcLines.Line line) {
		if (line instanceof LeaderLine leader) {
			return SetCommand.create(domain, record, MARC.getBibliographicRecord_Leader(), leader.value());
		}
		boolean inPlace = old instanceof DataField && line instanceof DataLine
				|| old instanceof ControlField control && line instanceof ControlLine same && sameTag(control, same);
		if (inPlace) {
			EList<? extends EObject> list = old instanceof DataField ? record.getDataFields() : record.getControlFields();
			int index = list.indexOf(old);
			EObject created = line instanceof DataLine d ? d.toField() : ((ControlLine) line).toField();
			CompoundCommand command = new CompoundCommand(Messages.editField);
			command.append(RemoveCommand.create(domain, record, feature(old), old));
			command.append(AddCommand.create(domain, record, feature(old), created, index));
			return command;
		}
		CompoundCommand command = new CompoundCommand(Messages.editField);
		if (old instanceof EObject field && old != record) {
			command.append(RemoveCommand.create(domain, record, feature(old), field));
		}
		command.append(add(line));
		return command;
	}

	/** A new field from {@code line}, placed after the last field with a tag not greater than its own. */
	Command add(MarcLines.Line line) {
		if (line instanceof LeaderLine leader) {
			return SetCommand.create(domain, record, MARC.getBibliographicRecord_Leader(), leader.value());
		}
		if (line instanceof ControlLine control) {
			return AddCommand.create(domain, record, MARC.getBibliographicRecord_ControlFields(), control.toField(),
					position(record.getControlFields().stream().map(ControlField::getTag).toList(), control.tag()));
		}
		DataLine data = (DataLine) line;
		return AddCommand.create(domain, record, MARC.getBibliographicRecord_DataFields(), data.toField(),
				position(record.getDataFields().stream().map(DataField::getTag).toList(), data.tag()));
	}

	Command remove(Collection<?> fields) {
		CompoundCommand command = new CompoundCommand(Messages.removeFields);
		for (Object field : fields) {
			if (field instanceof ControlField || field instanceof DataField) {
				command.append(RemoveCommand.create(domain, record, feature(field), field));
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** Moves a field up ({@code -1}) or down ({@code +1}) among its kind. */
	Command move(Object field, int delta) {
		if (!(field instanceof ControlField || field instanceof DataField)) {
			return UnexecutableCommand.INSTANCE;
		}
		List<?> list = field instanceof DataField ? record.getDataFields() : record.getControlFields();
		int target = list.indexOf(field) + delta;
		if (target < 0 || target >= list.size()) {
			return UnexecutableCommand.INSTANCE;
		}
		return MoveCommand.create(domain, record, feature(field), field, target);
	}

	/**
	 * Sets the first {@code $code} of the first {@code tag} field: changed in place, added to the field, or the field
	 * added with blank indicators. An empty value removes the subfield (and the field when nothing is left of it).
	 */
	Command setSubfield(String tag, char code, String value) {
		String wanted = value == null || value.isBlank() ? null : value.strip();
		DataField field = RecordValues.first(record, tag);
		Subfield subfield = field == null ? null
				: field.getSubfields().stream().filter(s -> s.getCode() == code).findFirst().orElse(null);
		if (subfield != null) {
			if (wanted == null) {
				return field.getSubfields().size() == 1
						? RemoveCommand.create(domain, record, MARC.getBibliographicRecord_DataFields(), field)
						: RemoveCommand.create(domain, field, MARC.getDataField_Subfields(), subfield);
			}
			return wanted.equals(subfield.getValue()) ? UnexecutableCommand.INSTANCE
					: SetCommand.create(domain, subfield, MARC.getSubfield_Value(), wanted);
		}
		if (wanted == null) {
			return UnexecutableCommand.INSTANCE;
		}
		Subfield created = LibraryFactory.eINSTANCE.createSubfield();
		created.setCode(code);
		created.setValue(wanted);
		if (field != null) {
			int index = 0;
			while (index < field.getSubfields().size() && field.getSubfields().get(index).getCode() < code) {
				index++;
			}
			return AddCommand.create(domain, field, MARC.getDataField_Subfields(), created, index);
		}
		DataField added = LibraryFactory.eINSTANCE.createDataField();
		added.setTag(tag);
		added.setIndicator1(' ');
		added.setIndicator2(' ');
		added.getSubfields().add(created);
		return AddCommand.create(domain, record, MARC.getBibliographicRecord_DataFields(), added,
				position(record.getDataFields().stream().map(DataField::getTag).toList(), tag));
	}

	/**
	 * Replaces the {@code tag} fields by one per heading. A heading as {@link #heading(DataField)} shows an existing
	 * field keeps that field whole (its indicators, subdivisions and source); a new or changed heading becomes
	 * {@code $a} with a {@code $x} for each further {@code --} part.
	 */
	Command replaceHeadings(String tag, char indicator2, List<String> headings) {
		List<DataField> old = record.getDataFields().stream().filter(f -> tag.equals(f.getTag())).toList();
		if (old.stream().map(RecordEdits::heading).toList().equals(headings)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(Messages.editSubjects);
		int at = old.isEmpty() ? position(record.getDataFields().stream().map(DataField::getTag).toList(), tag)
				: record.getDataFields().indexOf(old.get(0));
		if (!old.isEmpty()) {
			command.append(RemoveCommand.create(domain, record, MARC.getBibliographicRecord_DataFields(), old));
		}
		List<DataField> unused = new java.util.ArrayList<>(old);
		for (int i = 0; i < headings.size(); i++) {
			String heading = headings.get(i);
			DataField same = unused.stream().filter(f -> heading(f).equals(heading)).findFirst().orElse(null);
			DataField field;
			if (same != null) {
				unused.remove(same);
				field = EcoreUtil.copy(same);
			} else {
				field = LibraryFactory.eINSTANCE.createDataField();
				field.setTag(tag);
				field.setIndicator1(' ');
				field.setIndicator2(indicator2);
				String[] parts = heading.split("\\s*--\\s*"); //$NON-NLS-1$
				for (int p = 0; p < parts.length; p++) {
					Subfield subfield = LibraryFactory.eINSTANCE.createSubfield();
					subfield.setCode(p == 0 ? 'a' : 'x');
					subfield.setValue(parts[p]);
					field.getSubfields().add(subfield);
				}
			}
			command.append(AddCommand.create(domain, record, MARC.getBibliographicRecord_DataFields(), field, at + i));
		}
		return command;
	}

	/** A subject field as one line: its heading and subdivisions joined by {@code --}. */
	static String heading(DataField field) {
		return field.getSubfields().stream().filter(s -> "abcdvxyz".indexOf(s.getCode()) >= 0) //$NON-NLS-1$
				.map(s -> s.getValue() == null ? "" : s.getValue().strip()).filter(v -> !v.isEmpty()) //$NON-NLS-1$
				.collect(java.util.stream.Collectors.joining(" -- ")); //$NON-NLS-1$
	}

	private static boolean sameTag(ControlField field, ControlLine line) {
		return line.tag().equals(field.getTag());
	}

	private static Object feature(Object field) {
		return field instanceof DataField ? MARC.getBibliographicRecord_DataFields()
				: MARC.getBibliographicRecord_ControlFields();
	}

	private static int position(List<String> tags, String tag) {
		int index = tags.size();
		while (index > 0 && tags.get(index - 1) != null && tags.get(index - 1).compareTo(tag) > 0) {
			index--;
		}
		return index;
	}
}
