package org.techserv.library.marc;

import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;

/** Turns marc4j records into the model's records and back, field for field, in order. */
public final class MarcConversion {

	private static final MarcFactory MARC = MarcFactory.newInstance();

	private MarcConversion() {
	}

	public static BibliographicRecord toModel(Record marc) {
		LibraryFactory factory = LibraryFactory.eINSTANCE;
		BibliographicRecord record = factory.createBibliographicRecord();
		record.setLeader(marc.getLeader() == null ? null : marc.getLeader().marshal());
		for (org.marc4j.marc.ControlField field : marc.getControlFields()) {
			ControlField control = factory.createControlField();
			control.setTag(field.getTag());
			control.setValue(field.getData());
			record.getControlFields().add(control);
		}
		for (org.marc4j.marc.DataField field : marc.getDataFields()) {
			DataField data = factory.createDataField();
			data.setTag(field.getTag());
			data.setIndicator1(field.getIndicator1());
			data.setIndicator2(field.getIndicator2());
			for (org.marc4j.marc.Subfield subfield : field.getSubfields()) {
				Subfield sub = factory.createSubfield();
				sub.setCode(subfield.getCode());
				sub.setValue(subfield.getData());
				data.getSubfields().add(sub);
			}
			record.getDataFields().add(data);
		}
		return record;
	}

	/** The record for marc4j to write; leader/09 says UTF-8 (the model holds Unicode text). */
	public static Record toMarc(BibliographicRecord record) {
		Record marc = MARC.newRecord(leader(record.getLeader()));
		for (ControlField field : record.getControlFields()) {
			marc.addVariableField(MARC.newControlField(field.getTag(), field.getValue()));
		}
		for (DataField field : record.getDataFields()) {
			org.marc4j.marc.DataField data = MARC.newDataField(field.getTag(), field.getIndicator1(),
					field.getIndicator2());
			for (Subfield subfield : field.getSubfields()) {
				data.addSubfield(MARC.newSubfield(subfield.getCode(), subfield.getValue() == null ? "" : subfield.getValue())); //$NON-NLS-1$
			}
			marc.addVariableField(data);
		}
		return marc;
	}

	private static String leader(String leader) {
		String text = leader == null || leader.length() != 24 ? "00000nam a2200000 a 4500" : leader; //$NON-NLS-1$
		return text.substring(0, 9) + 'a' + text.substring(10);
	}
}
