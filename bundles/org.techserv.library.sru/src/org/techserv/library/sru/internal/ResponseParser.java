package org.techserv.library.sru.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.sru.SruDiagnostic;
import org.techserv.library.sru.SruException;
import org.techserv.library.sru.SruException.Kind;
import org.techserv.library.sru.SruHit;
import org.techserv.library.sru.SruResult;
import org.techserv.library.sru.SruTarget;

/**
 * Reads an SRU 1.1, 1.2 or 2.0 searchRetrieve response with StAX, by element names (the namespaces differ between
 * versions): the count, the diagnostics, and each record's MARCXML cut out of its recordData and read on its own,
 * so that one damaged record becomes a {@link SruHit.Bad} at its position and the others stay usable.
 */
public final class ResponseParser {

	private static final String MARC_SLIM = "http://www.loc.gov/MARC21/slim"; //$NON-NLS-1$

	private final SruTarget target;
	private final URI uri;
	private final String query;
	private final int start;
	private final XMLOutputFactory outputs = XMLOutputFactory.newFactory();

	public ResponseParser(SruTarget target, URI uri, String query, int start) {
		this.target = target;
		this.uri = uri;
		this.query = query;
		this.start = start;
		// a record cut out of its response needs the namespace declared on itself
		outputs.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.TRUE);
	}

	public SruResult parse(byte[] body) throws SruException {
		XMLInputFactory inputs = XMLInputFactory.newFactory();
		inputs.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		XMLEventReader events;
		StartElement root;
		try {
			events = inputs.createXMLEventReader(new ByteArrayInputStream(body));
			root = firstElement(events);
		} catch (XMLStreamException e) {
			throw notSru(NLS.bind(Messages.notXml, new Object[] { target.name(), uri, firstLine(body) }), e);
		}
		if (root == null) {
			throw notSru(NLS.bind(Messages.notXml, new Object[] { target.name(), uri, firstLine(body) }), null);
		}
		String rootName = root.getName().getLocalPart();
		if ("explainResponse".equals(rootName)) { //$NON-NLS-1$
			throw notSru(NLS.bind(Messages.explainInstead, target.name(), uri), null);
		}
		if (!"searchRetrieveResponse".equals(rootName)) { //$NON-NLS-1$
			throw notSru(NLS.bind(Messages.otherXml, new Object[] { target.name(), uri, rootName }), null);
		}
		try {
			return response(events);
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			throw new SruException(Kind.BROKEN_RESPONSE, target, 0,
					NLS.bind(Messages.brokenResponse, new Object[] { target.name(), uri, line, e.getMessage() }), e);
		}
	}

	private SruResult response(XMLEventReader events) throws XMLStreamException {
		int total = 0;
		int next = 0;
		List<SruHit> hits = new ArrayList<>();
		List<SruDiagnostic> diagnostics = new ArrayList<>();
		StartElement child;
		while ((child = nextChild(events)) != null) {
			switch (child.getName().getLocalPart()) {
			case "numberOfRecords" -> total = number(events.getElementText()); //$NON-NLS-1$
			case "nextRecordPosition" -> next = number(events.getElementText()); //$NON-NLS-1$
			case "records" -> { //$NON-NLS-1$
				StartElement record;
				while ((record = nextChild(events)) != null) {
					if ("record".equals(record.getName().getLocalPart())) { //$NON-NLS-1$
						hits.add(record(events, start + hits.size()));
					} else {
						skip(events);
					}
				}
			}
			case "diagnostics" -> { //$NON-NLS-1$
				StartElement diagnostic;
				while ((diagnostic = nextChild(events)) != null) {
					if ("diagnostic".equals(diagnostic.getName().getLocalPart())) { //$NON-NLS-1$
						diagnostics.add(diagnostic(events));
					} else {
						skip(events);
					}
				}
			}
			default -> skip(events);
			}
		}
		if (next <= 0 && !hits.isEmpty() && start - 1 + hits.size() < total) {
			next = start + hits.size();
		}
		return new SruResult(target, query, total, start, hits, diagnostics, Math.max(0, next));
	}

	/** One record element of the response: its data read as MARCXML, or what the server said instead. */
	private SruHit record(XMLEventReader events, int defaultPosition) throws XMLStreamException {
		int position = defaultPosition;
		RecordData data = null;
		StartElement child;
		while ((child = nextChild(events)) != null) {
			switch (child.getName().getLocalPart()) {
			case "recordPosition" -> { //$NON-NLS-1$
				int given = number(events.getElementText());
				position = given > 0 ? given : defaultPosition;
			}
			case "recordData" -> data = recordData(events); //$NON-NLS-1$
			default -> skip(events);
			}
		}
		if (data == null || data.diagnostic == null && data.xml == null) {
			return new SruHit.Bad(position, NLS.bind(Messages.recordEmpty, target.name(), position));
		}
		if (data.diagnostic != null) {
			return new SruHit.Bad(position, data.diagnostic.userMessage());
		}
		if (data.element != null && !"record".equals(data.element.getLocalPart())) { //$NON-NLS-1$
			return new SruHit.Bad(position, NLS.bind(Messages.recordNotMarc,
					new Object[] { target.name(), position, data.element.getLocalPart(), target.recordSchema() }));
		}
		return marc(position, data.xml);
	}

	/** The record's MARCXML read by the catalogue's MARC reader, with its damage checks. */
	private SruHit marc(int position, byte[] xml) {
		List<ReadResult> read = new ArrayList<>();
		try {
			MarcReading.read(new ByteArrayInputStream(xml), MarcFormat.MARCXML, read::add);
		} catch (java.io.IOException e) {
			return new SruHit.Bad(position, NLS.bind(Messages.recordDamaged, new Object[] { target.name(), position, e.getMessage() }));
		}
		if (read.isEmpty()) {
			return new SruHit.Bad(position, NLS.bind(Messages.recordNotMarc,
					new Object[] { target.name(), position, "?", target.recordSchema() })); //$NON-NLS-1$
		}
		return switch (read.get(0)) {
		case ReadResult.Good good -> new SruHit.Good(position, good.record(), xml);
		case ReadResult.Bad bad -> new SruHit.Bad(position,
				NLS.bind(Messages.recordDamaged, new Object[] { target.name(), position, bad.reason() }));
		};
	}

	/** What a recordData holds: an element (copied out whole), escaped XML text, or a surrogate diagnostic. */
	private record RecordData(QName element, byte[] xml, SruDiagnostic diagnostic) {
	}

	private RecordData recordData(XMLEventReader events) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		QName element = null;
		byte[] xml = null;
		SruDiagnostic diagnostic = null;
		while (true) {
			XMLEvent event = events.nextEvent();
			if (event.isEndElement()) {
				break;
			}
			if (event.isCharacters()) {
				text.append(event.asCharacters().getData());
			} else if (event.isStartElement()) {
				StartElement start = event.asStartElement();
				if ("diagnostic".equals(start.getName().getLocalPart()) //$NON-NLS-1$
						&& !MARC_SLIM.equals(start.getName().getNamespaceURI())) {
					diagnostic = diagnostic(events);
				} else if (element == null) {
					element = start.getName();
					xml = copy(start, events);
				} else {
					skip(events);
				}
			}
		}
		if (xml == null && diagnostic == null && !text.toString().isBlank()) {
			// recordPacking "string": the record is XML escaped as text
			xml = text.toString().strip().getBytes(StandardCharsets.UTF_8);
		}
		return new RecordData(element, xml, diagnostic);
	}

	private SruDiagnostic diagnostic(XMLEventReader events) throws XMLStreamException {
		String diagnosticUri = null;
		String message = null;
		String details = null;
		StartElement child;
		while ((child = nextChild(events)) != null) {
			switch (child.getName().getLocalPart()) {
			case "uri" -> diagnosticUri = events.getElementText().strip(); //$NON-NLS-1$
			case "message" -> message = events.getElementText(); //$NON-NLS-1$
			case "details" -> details = events.getElementText(); //$NON-NLS-1$
			default -> skip(events);
			}
		}
		return new SruDiagnostic(target.name(), diagnosticUri, SruDiagnostic.numberOf(diagnosticUri), message, details,
				query);
	}

	/** The element just started, with all it holds, as a document of its own (UTF-8). */
	private byte[] copy(StartElement start, XMLEventReader events) throws XMLStreamException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
		XMLEventWriter writer = outputs.createXMLEventWriter(bytes, "UTF-8"); //$NON-NLS-1$
		writer.add(start);
		int depth = 1;
		while (depth > 0) {
			XMLEvent event = events.nextEvent();
			if (event.isStartElement()) {
				depth++;
			} else if (event.isEndElement()) {
				depth--;
			}
			writer.add(event);
		}
		writer.close();
		return bytes.toByteArray();
	}

	private static StartElement firstElement(XMLEventReader events) throws XMLStreamException {
		while (events.hasNext()) {
			XMLEvent event = events.nextEvent();
			if (event.isStartElement()) {
				return event.asStartElement();
			}
		}
		return null;
	}

	/** The next child element of the current one, or null at the current one's end. */
	private static StartElement nextChild(XMLEventReader events) throws XMLStreamException {
		while (true) {
			XMLEvent event = events.nextEvent();
			if (event.isStartElement()) {
				return event.asStartElement();
			}
			if (event.isEndElement() || event.isEndDocument()) {
				return null;
			}
		}
	}

	/** Skips the rest of the element just started. */
	private static void skip(XMLEventReader events) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			XMLEvent event = events.nextEvent();
			if (event.isStartElement()) {
				depth++;
			} else if (event.isEndElement()) {
				depth--;
			}
		}
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private SruException notSru(String message, Throwable cause) {
		return new SruException(Kind.NOT_SRU, target, 0, message, cause);
	}

	/** The start of an answer that is not XML, to show what came instead. */
	static String firstLine(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end).strip();
	}
}
