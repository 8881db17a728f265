package org.techserv.equipment.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.model.core.Person;

class TechnicianScheduleTest {

	private final Person budi = Orders.person("Budi", "Santoso");
	private final Person agus = Orders.person("Agus", "Wijaya");

	@Test
	void aCalendarWithVersionAndProduct() throws IOException {
		Calendar calendar = Calendar.of(budi, List.of(Orders.repair(budi, agus)));

		assertEquals("BEGIN:VCALENDAR", calendar.lines().get(0));
		assertTrue(calendar.lines().contains("VERSION:2.0"), calendar.text());
		assertTrue(calendar.lines().stream().anyMatch(line -> line.startsWith("PRODID:")), calendar.text());
		assertEquals("END:VCALENDAR", calendar.lines().get(calendar.lines().size() - 1));
	}

	@Test
	void oneEventPerVisitOfThatTechnicianOnly() throws IOException {
		ServiceOrder repair = Orders.repair(budi, agus);
		ServiceOrder other = Orders.repair(agus, agus);
		other.setNumber("SO-000043");

		Calendar budis = Calendar.of(budi, List.of(repair, other));
		Calendar aguss = Calendar.of(agus, List.of(repair, other));

		assertEquals(2, budis.events().size(), budis.text());
		assertEquals(List.of("SO-000042-1@techserv", "SO-000042-3@techserv"),
				budis.events().stream().map(event -> event.get("UID")).toList());
		assertEquals(4, aguss.events().size(), aguss.text());
	}

	@Test
	void storedPartiesMatchByIdAcrossCopies() throws IOException {
		budi.setId(17);
		Person copy = Orders.person("Budi", "Santoso");
		copy.setId(17);

		assertEquals(2, Calendar.of(copy, List.of(Orders.repair(budi, agus))).events().size());
	}

	@Test
	void timesAreInUtc() throws IOException {
		Map<String, String> first = Calendar.of(budi, List.of(Orders.repair(budi, agus))).events().get(0);

		assertEquals("20260312T013000Z", first.get("DTSTART"));
		assertEquals("20260312T030000Z", first.get("DTEND"));
		assertTrue(first.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), first.get("DTSTAMP"));
	}

	@Test
	void eventsSaySummaryLocationAndProblem() throws IOException {
		Map<String, String> first = Calendar.of(budi, List.of(Orders.repair(budi, agus))).events().get(0);

		assertEquals("SO-000042 Repair: Unit not cooling; trips the breaker — Hotel Savoy Homann", first.get("SUMMARY"));
		assertEquals("Jl. Asia Afrika 112, room 204, 40111 Bandung, Jawa Barat, ID", first.get("LOCATION"));
		assertTrue(first.get("DESCRIPTION").startsWith("Room 204: the unit blows warm air, and since Monday"),
				first.get("DESCRIPTION"));
		assertTrue(first.get("DESCRIPTION").contains("\nGuests complained twice."), first.get("DESCRIPTION"));
		assertTrue(first.get("DESCRIPTION").contains(Orders.SERIAL));
		assertTrue(first.get("DESCRIPTION").contains("Parking at the back, ask security"));
	}

	@Test
	void commasSemicolonsBackslashesAndNewlinesAreEscaped() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		order.setTitle("Fan; noisy, C:\\temp");

		Calendar calendar = Calendar.of(budi, List.of(order));

		String summary = calendar.lines().stream().filter(line -> line.startsWith("SUMMARY:")).findFirst().get();
		assertTrue(summary.contains("Fan\\; noisy\\, C:\\\\temp"), summary);
		String location = calendar.lines().stream().filter(line -> line.startsWith("LOCATION:")).findFirst().get();
		assertEquals("LOCATION:Jl. Asia Afrika 112\\, room 204\\, 40111 Bandung\\, Jawa Barat\\, ID", location);
		String description = calendar.lines().stream().filter(line -> line.startsWith("DESCRIPTION:")).findFirst()
				.get();
		assertTrue(description.contains("minutes.\\nGuests"), description);
		assertFalse(calendar.text().replace("\r\n", "").contains("\n"), "a bare line feed");
	}

	@Test
	void linesAreFoldedAt75OctetsWithCrlf() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		order.setReportedProblem("Unit berisik dan tidak dingin — suhu keluaran 18 °C, tekanan ≥ 10 bar. ".repeat(8));

		Calendar calendar = Calendar.of(budi, List.of(order));

		assertTrue(calendar.text().endsWith("\r\n"));
		assertFalse(calendar.text().replace("\r\n", "").contains("\r"), "a bare carriage return");
		for (String line : calendar.physicalLines()) {
			assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
		}
		assertTrue(calendar.physicalLines().size() > calendar.lines().size(), "some lines folded");
		String description = calendar.events().get(0).get("DESCRIPTION");
		assertTrue(description.startsWith(order.getReportedProblem().strip()), description);
	}

	@Test
	void uidsStayTheSameAcrossExports() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);

		List<String> first = Calendar.of(budi, List.of(order)).events().stream().map(e -> e.get("UID")).toList();
		List<String> again = Calendar.of(budi, List.of(order)).events().stream().map(e -> e.get("UID")).toList();

		assertEquals(first, again);
	}
}
