package org.techserv.equipment.report.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.report.TechnicianSchedule;
import org.techserv.model.core.Party;

/**
 * A written iCalendar stream read back as RFC 5545 says a reader must: physical lines split at CRLF, folded
 * lines joined, events collected with their properties (TEXT values unescaped).
 */
record Calendar(byte[] bytes, List<String> physicalLines, List<String> lines, List<Map<String, String>> events) {

	static Calendar of(Party technician, List<ServiceOrder> orders) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TechnicianSchedule.write(technician, orders, out);
		return read(out.toByteArray());
	}

	static Calendar read(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		List<String> physical = List.of(text.split("\r\n", -1)).subList(0, text.split("\r\n", -1).length - 1);
		List<String> lines = new ArrayList<>();
		for (String line : physical) {
			if (line.startsWith(" ") || line.startsWith("\t")) {
				int last = lines.size() - 1;
				lines.set(last, lines.get(last) + line.substring(1));
			} else {
				lines.add(line);
			}
		}
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> event = null;
		for (String line : lines) {
			if (line.equals("BEGIN:VEVENT")) {
				event = new LinkedHashMap<>();
			} else if (line.equals("END:VEVENT")) {
				events.add(event);
				event = null;
			} else if (event != null) {
				int colon = line.indexOf(':');
				event.put(line.substring(0, colon), unescape(line.substring(colon + 1)));
			}
		}
		return new Calendar(bytes, physical, lines, events);
	}

	static String unescape(String value) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				text.append(next == 'n' || next == 'N' ? '\n' : next);
			} else {
				text.append(c);
			}
		}
		return text.toString();
	}

	String text() {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
