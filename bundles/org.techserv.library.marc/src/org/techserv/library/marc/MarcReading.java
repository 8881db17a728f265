package org.techserv.library.marc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

import org.eclipse.osgi.util.NLS;
import org.marc4j.MarcError;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.MarcStreamReader;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.Record;
import org.techserv.library.marc.internal.Iso2709Check;
import org.techserv.library.marc.internal.Iso2709Decoder;
import org.techserv.library.marc.internal.Iso2709Frames;
import org.techserv.library.marc.internal.Iso2709Frames.Frame;
import org.techserv.library.marc.internal.Messages;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;
import org.techserv.library.model.util.LibraryRules;

/**
 * Reads MARC 21 files record by record. Each record is either read whole (MARC-8 converted to UTF-8) or
 * reported with its number, byte offset and what is wrong, and skipped; a damaged record never stops the ones
 * after it (in MARCXML, broken XML ends the file: nothing after it can be found reliably).
 */
public final class MarcReading {

	/** How many records were read and skipped. */
	public record Summary(int read, int skipped) {
	}

	private MarcReading() {
	}

	public static Summary read(InputStream in, MarcFormat format, Consumer<ReadResult> each) throws IOException {
		return format == MarcFormat.MARCXML ? readXml(in, each) : readIso2709(in, each);
	}

	/**
	 * A record as the store keeps it: ISO 2709 in UTF-8, as {@link MarcWriting#iso2709} wrote it. Read straight
	 * into the model when plain (almost always), else by marc4j.
	 */
	public static BibliographicRecord stored(byte[] bytes) {
		if (Iso2709Check.problem(bytes) == null) {
			BibliographicRecord plain = Iso2709Decoder.read(bytes);
			if (plain != null) {
				return plain;
			}
		}
		return MarcConversion.toModel(new MarcStreamReader(new ByteArrayInputStream(bytes), "UTF-8").next()); //$NON-NLS-1$
	}

	private static Summary readIso2709(InputStream in, Consumer<ReadResult> each) throws IOException {
		Iso2709Frames frames = new Iso2709Frames(in);
		int read = 0;
		int skipped = 0;
		Frame frame;
		while ((frame = frames.next()) != null) {
			ReadResult result = frame.problem() != null
					? new ReadResult.Bad(frame.number(), frame.offset(), frame.problem())
					: decode(frame);
			if (result instanceof ReadResult.Good) {
				read++;
			} else {
				skipped++;
			}
			each.accept(result);
		}
		return new Summary(read, skipped);
	}

	/** One framed record: structure checked, decoded by marc4j (MARC-8 to UTF-8), then field by field. */
	static ReadResult decode(Frame frame) {
		String problem = Iso2709Check.problem(frame.bytes());
		if (problem != null) {
			return new ReadResult.Bad(frame.number(), frame.offset(), problem);
		}
		BibliographicRecord plain = Iso2709Decoder.read(frame.bytes());
		if (plain != null) {
			return checked(frame.number(), frame.offset(), plain, frame.bytes());
		}
		try {
			MarcPermissiveStreamReader reader = new MarcPermissiveStreamReader(
					new ByteArrayInputStream(frame.bytes()), true, true);
			if (!reader.hasNext()) {
				return new ReadResult.Bad(frame.number(), frame.offset(), NLS.bind(Messages.unreadable, "")); //$NON-NLS-1$
			}
			Record marc = reader.next();
			if (marc.hasErrors()) {
				for (MarcError error : marc.getErrors()) {
					if (error.severity >= MarcError.MAJOR_ERROR) {
						return new ReadResult.Bad(frame.number(), frame.offset(),
								NLS.bind(Messages.marc8Failed, error.message));
					}
				}
			}
			return checked(frame.number(), frame.offset(), MarcConversion.toModel(marc), frame.bytes());
		} catch (RuntimeException e) {
			return new ReadResult.Bad(frame.number(), frame.offset(), NLS.bind(Messages.unreadable, e.getMessage()));
		}
	}

	/** Fields a record may not carry into the catalogue: bad tags, indicators, subfield codes. */
	private static ReadResult checked(int number, long offset, BibliographicRecord record, byte[] original) {
		for (ControlField field : record.getControlFields()) {
			if (hasControlCharacter(field.getValue())) {
				return new ReadResult.Bad(number, offset, NLS.bind(Messages.delimiterInControlField, field.getTag()));
			}
		}
		for (DataField field : record.getDataFields()) {
			if (field.getTag() == null || field.getTag().length() != 3 || !Iso2709Check.digits(field.getTag(), 0, 3)) {
				return new ReadResult.Bad(number, offset, NLS.bind(Messages.badTag, field.getTag()));
			}
			for (char indicator : new char[] { field.getIndicator1(), field.getIndicator2() }) {
				if (!LibraryRules.indicator(indicator)) {
					return new ReadResult.Bad(number, offset, NLS.bind(Messages.badIndicator, field.getTag(), indicator));
				}
			}
			for (Subfield subfield : field.getSubfields()) {
				char code = subfield.getCode();
				if (!(code >= 'a' && code <= 'z' || code >= '0' && code <= '9')) {
					return new ReadResult.Bad(number, offset, NLS.bind(Messages.badSubfieldCode, field.getTag(), code));
				}
				if (hasControlCharacter(subfield.getValue())) {
					return new ReadResult.Bad(number, offset, NLS.bind(Messages.controlCharacter, field.getTag(), code));
				}
			}
		}
		return new ReadResult.Good(number, offset, record, original);
	}

	private static boolean hasControlCharacter(String value) {
		if (value != null) {
			for (int i = 0; i < value.length(); i++) {
				if (value.charAt(i) < 0x20) {
					return true;
				}
			}
		}
		return false;
	}

	/** MARCXML: each record element is cut out and read on its own; offsets are line numbers. */
	private static Summary readXml(InputStream in, Consumer<ReadResult> each) throws IOException {
		XMLInputFactory inputs = XMLInputFactory.newFactory();
		inputs.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		XMLOutputFactory outputs = XMLOutputFactory.newFactory();
		// a record cut out of <marc:collection xmlns:marc=...> needs the namespace declared on itself
		outputs.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.TRUE);
		int read = 0;
		int skipped = 0;
		int number = 0;
		long line = 0;
		try {
			XMLEventReader events = inputs.createXMLEventReader(in);
			while (events.hasNext()) {
				XMLEvent event = events.nextEvent();
				if (!event.isStartElement() || !"record".equals(event.asStartElement().getName().getLocalPart())) { //$NON-NLS-1$
					continue;
				}
				number++;
				line = event.getLocation().getLineNumber();
				ByteArrayOutputStream copy = new ByteArrayOutputStream();
				XMLEventWriter writer = outputs.createXMLEventWriter(copy, "UTF-8"); //$NON-NLS-1$
				writer.add(event);
				int depth = 1;
				while (depth > 0) {
					XMLEvent inner = events.nextEvent();
					if (inner.isStartElement()) {
						depth++;
					} else if (inner.isEndElement()) {
						depth--;
					}
					writer.add(inner);
				}
				writer.close();
				ReadResult result = xmlRecord(number, line, copy.toByteArray());
				if (result instanceof ReadResult.Good) {
					read++;
				} else {
					skipped++;
				}
				each.accept(result);
			}
		} catch (XMLStreamException e) {
			skipped++;
			each.accept(new ReadResult.Bad(number + 1, e.getLocation() == null ? line : e.getLocation().getLineNumber(),
					NLS.bind(Messages.xmlBroken, e.getMessage())));
		}
		return new Summary(read, skipped);
	}

	private static ReadResult xmlRecord(int number, long line, byte[] xml) {
		try {
			MarcXmlReader reader = new MarcXmlReader(new ByteArrayInputStream(xml));
			if (!reader.hasNext()) {
				return new ReadResult.Bad(number, line, NLS.bind(Messages.xmlRecordUnreadable, "")); //$NON-NLS-1$
			}
			return checked(number, line, MarcConversion.toModel(reader.next()), xml);
		} catch (RuntimeException e) {
			return new ReadResult.Bad(number, line, NLS.bind(Messages.xmlRecordUnreadable, e.getMessage()));
		}
	}
}
