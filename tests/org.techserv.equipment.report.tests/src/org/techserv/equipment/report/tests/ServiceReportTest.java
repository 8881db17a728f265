package org.techserv.equipment.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.report.ServiceReport;
import org.techserv.model.core.Person;

class ServiceReportTest {

	private final Person budi = Orders.person("Budi", "Santoso");
	private final Person agus = Orders.person("Agus", "Wijaya");

	@Test
	void reportNamesTheOrderTheEquipmentAndTheCustomer() throws IOException {
		Pdf pdf = Pdf.of(Orders.repair(budi, agus));

		assertTrue(pdf.text().contains("Service report " + Orders.NUMBER), pdf.text());
		assertTrue(pdf.text().contains(Orders.SERIAL), "serial number");
		assertTrue(pdf.text().contains("Hotel Savoy Homann"), "customer");
		assertTrue(pdf.text().contains("Daikin FTKC35"), "model");
		assertTrue(pdf.text().contains("Bandung"), "site");
		assertTrue(pdf.text().contains("Repair"), "kind in words");
		assertTrue(pdf.text().contains("Completed"), "status in words");
		assertTrue(pdf.text().contains("blows warm air"), "reported problem");
	}

	@Test
	void visitsShowTechnicianAndTimesInTheGivenZone() throws IOException {
		Pdf pdf = Pdf.of(Orders.repair(budi, agus));

		String first = pdf.lineWith("Parking at the back");
		assertNotNull(first, pdf.text());
		assertTrue(first.contains("Budi Santoso"), first);
		// 01:30–03:00 UTC is 08:30–10:00 in Jakarta
		assertTrue(first.contains("8:30") && first.contains("10:00"), first);
		assertTrue(pdf.text().contains("Agus Wijaya"));
	}

	@Test
	void failedMeasurementShowsItsValueAndFail() throws IOException {
		Pdf pdf = Pdf.of(Orders.repair(budi, agus));

		String row = pdf.lineWith("Insulation resistance");
		assertNotNull(row, pdf.text());
		assertTrue(row.contains("0.4 MΩ"), row);
		assertTrue(row.contains("≥ 1.0 MΩ"), row);
		assertTrue(row.contains("FAIL"), row);
		assertFalse(row.contains("PASS"), row);
	}

	@Test
	void passingStepsShowPass() throws IOException {
		Pdf pdf = Pdf.of(Orders.repair(budi, agus));

		String leakage = pdf.lineWith("Leakage current");
		assertTrue(leakage.contains("0.12 mA") && leakage.contains("≤ 0.3 mA") && leakage.contains("PASS"), leakage);
		String pressure = pdf.lineWith("Suction pressure");
		assertTrue(pressure.contains("9.5 bar") && pressure.contains("8.0 – 11.0 bar") && pressure.contains("PASS"),
				pressure);
		String cable = pdf.lineWith("Supply cable");
		assertTrue(cable.contains("yes") && cable.contains("PASS"), cable);
	}

	@Test
	void aRunFailsWhenOneOfItsStepsFails() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		DiagnosticRun passing = Orders.EQUIPMENT.createDiagnosticRun();
		passing.setProcedureName("Refrigeration circuit check");
		passing.setPerformedBy(agus);
		passing.getSteps().add(Orders.measurement("Superheat at evaporator outlet", 6.0, "K", 4.0, 8.0));
		order.getDiagnosticRuns().add(passing);

		Pdf pdf = Pdf.of(order);

		String text = pdf.text();
		String failedRun = text.substring(text.indexOf("Electrical safety test"), text.indexOf("Insulation resistance"));
		assertTrue(failedRun.contains("Result FAIL"), failedRun);
		String passedRun = text.substring(text.indexOf("Refrigeration circuit check"), text.indexOf("Superheat"));
		assertTrue(passedRun.contains("Result PASS"), passedRun);
	}

	@Test
	void partsAndLabourAreListedWithTotals() throws IOException {
		Pdf pdf = Pdf.of(Orders.repair(budi, agus));

		String board = pdf.lineWith(Orders.PART);
		assertNotNull(board, pdf.text());
		assertTrue(board.contains("Control board") && board.contains("1.5"), board);
		assertTrue(pdf.text().contains("Re-insulated the compressor lead"));
		String total = pdf.lineWith("Total");
		assertTrue(total.contains("2.25") && total.contains("1"), total);
	}

	@Test
	void signOffNamesWhoSigned() throws IOException {
		Pdf pdf = Pdf.of(Orders.repair(budi, agus));

		assertTrue(pdf.lineWith("Signed by").contains(Orders.SIGNED_BY), pdf.text());
		assertTrue(pdf.text().contains("Cooling again, thank you"));
		assertFalse(pdf.text().contains("Not signed"));
	}

	@Test
	void anUnsignedOrderSaysSo() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		order.setSignOff(null);

		assertTrue(Pdf.of(order).text().contains("Not signed."));
	}

	@Test
	void trainingShowsAttendeesTopicsAndWhoSigned() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		order.setKind(ServiceKind.TRAINING);
		order.setTraining(Orders.training());

		Pdf pdf = Pdf.of(order);

		assertTrue(pdf.lineWith("Attendees").contains("Dewi Lestari, Rudi Hartono"), pdf.text());
		assertTrue(pdf.text().contains("Cleaning the filters every two weeks"));
		assertTrue(pdf.text().contains("What the error codes on the remote mean"));
		assertTrue(pdf.lineWith("Duration").contains("1 h 30 min"), pdf.text());
		assertTrue(pdf.lineWith("Customer signatory").contains("Dewi Lestari"), pdf.text());
	}

	@Test
	void aLongOrderRunsOntoMorePagesRepeatingTheTableHeader() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		DiagnosticRun run = order.getDiagnosticRuns().get(0);
		for (int i = 1; i <= 60; i++) {
			run.getSteps().add(Orders.measurement("Terminal " + i + " tightening torque", 2.5, "N·m", 2.0, 3.0));
		}

		Pdf pdf = Pdf.of(order);

		assertTrue(pdf.pages() > 1, "pages: " + pdf.pages());
		assertTrue(pdf.text().contains("Terminal 60 tightening torque"), "the last step");
		String second = pdf.page(2);
		assertTrue(second.contains("Step") && second.contains("Measured") && second.contains("Limits"), second);
		assertTrue(pdf.page(pdf.pages()).contains(Orders.SIGNED_BY), "sign-off at the end");
		assertTrue(second.contains("page 2 of " + pdf.pages()), second);
	}

	@Test
	void longTextsWrapWithinThePage() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		StringBuilder problem = new StringBuilder();
		for (int i = 1; i <= 400; i++) {
			problem.append("word").append(i).append(' ');
		}
		problem.append("Serial-number-sticker-unreadable-").append("x".repeat(150));
		order.setReportedProblem(problem.toString());
		order.getDiagnosticRuns().get(0).getSteps().get(4).setObservation("crack ".repeat(300) + "END-OF-OBSERVATION");

		Pdf pdf = Pdf.of(order);

		assertTrue(pdf.text().contains("word1 "), "first word");
		assertTrue(pdf.text().contains("word400"), "last word");
		assertTrue(pdf.text().contains("END-OF-OBSERVATION"), "end of a long cell");
		assertTrue(pdf.pages() >= 2, "pages: " + pdf.pages());
		for (String line : pdf.text().split("\\R")) {
			assertTrue(line.length() < 160, "a line runs off the page: " + line);
		}
	}

	@Test
	void charactersTheFontLacksDoNotStopTheReport() throws IOException {
		ServiceOrder order = Orders.repair(budi, agus);
		order.setTitle("空调 not cooling \uD83D\uDD25\u0007");

		Pdf pdf = Pdf.of(order);

		assertTrue(pdf.text().contains("not cooling"), pdf.text());
		assertTrue(pdf.text().contains(Orders.SERIAL));
	}

	@Test
	void aTypicalReportIsSmallBecauseOnlyTheUsedGlyphsAreEmbedded() throws IOException {
		Pdf pdf = Pdf.of(Orders.repair(budi, agus));

		System.out.println("typical service report: " + pdf.bytes().length + " bytes, " + pdf.pages() + " page(s)");
		assertTrue(pdf.bytes().length < 200 * 1024, pdf.bytes().length + " bytes");
	}

	@Test
	void theCallersStreamStaysOpen() throws IOException {
		boolean[] closed = { false };
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed[0] = true;
			}
		};

		ServiceReport.write(Orders.repair(budi, agus), Pdf.JAKARTA, Locale.ENGLISH, out);

		assertFalse(closed[0]);
		assertTrue(Pdf.read(out.toByteArray()).text().contains(Orders.SERIAL));
	}
}
