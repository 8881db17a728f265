package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.techserv.library.labels.LabelBox;
import org.techserv.library.labels.LabelSheet;
import org.techserv.library.labels.PageSize;

class LabelSheetTest {

	@Test
	void theLetterAddressSheetHasThirtyLabelsFillingThePageSymmetrically() {
		LabelSheet sheet = LabelSheet.ADDRESS_LETTER_3X10;

		assertEquals(30, sheet.labelsPerSheet());
		LabelBox first = sheet.box(1);
		LabelBox last = sheet.box(30);
		assertEquals(4.7625, first.left(), 1e-9, "3/16 inch");
		assertEquals(12.7, first.top(), 1e-9, "half an inch");
		assertEquals(first.left(), PageSize.LETTER.width() - (last.left() + last.width()), 1e-9, "same margin right");
		assertEquals(first.top(), PageSize.LETTER.height() - (last.top() + last.height()), 1e-9, "and at the bottom");
		assertEquals(66.675 + 3.175, sheet.box(2).left() - first.left(), 1e-9, "label and gap");
		assertEquals(first.top() + 25.4, sheet.box(4).top(), 1e-9, "position 4 starts the second row");
	}

	@Test
	void everyPresetFitsItsPage() {
		for (LabelSheet sheet : LabelSheet.presets()) {
			LabelBox last = sheet.box(sheet.labelsPerSheet());
			assertTrue(last.left() + last.width() <= sheet.pageSize().width() + 0.05, sheet.name());
			assertTrue(last.top() + last.height() <= sheet.pageSize().height() + 0.05, sheet.name());
		}
		assertEquals(65, LabelSheet.SPINE_A4_5X13.labelsPerSheet());
		assertEquals(24, LabelSheet.BARCODE_A4_3X8.labelsPerSheet());
	}

	@Test
	void sheetsCountFromTheStartPosition() {
		LabelSheet sheet = LabelSheet.ADDRESS_LETTER_3X10;

		assertEquals(0, sheet.sheetsFor(0, 1));
		assertEquals(1, sheet.sheetsFor(30, 1));
		assertEquals(2, sheet.sheetsFor(31, 1));
		assertEquals(1, sheet.sheetsFor(1, 30));
		assertEquals(2, sheet.sheetsFor(2, 30));
		assertEquals(3, sheet.sheetsFor(56, 6), "25 on the first sheet, 30, then 1");
	}

	@Test
	void impossibleSheetsAreRefusedNamingTheSheetAndTheMeasure() {
		IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
				() -> new LabelSheet("Too wide", PageSize.A4, 3, 8, 71, 37, 0, 0, 0, 0));
		assertTrue(wide.getMessage().contains("Too wide") && wide.getMessage().contains("213.0")
				&& wide.getMessage().contains("210.0"), wide.getMessage());
		IllegalArgumentException tall = assertThrows(IllegalArgumentException.class,
				() -> new LabelSheet("Too tall", PageSize.LETTER, 3, 12, 66, 25.4, 0, 0, 0, 0));
		assertTrue(tall.getMessage().contains("304.8") && tall.getMessage().contains("279.4"), tall.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new LabelSheet("x", PageSize.A4, 0, 8, 70, 37, 0, 0, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> new LabelSheet("x", PageSize.A4, 3, 8, 0, 37, 0, 0, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> new LabelSheet("x", PageSize.A4, 3, 8, 70, 37, -1, 0, 0, 0));

		IllegalArgumentException position = assertThrows(IllegalArgumentException.class,
				() -> LabelSheet.ADDRESS_LETTER_3X10.box(31));
		assertTrue(position.getMessage().contains("31") && position.getMessage().contains("1 to 30"),
				position.getMessage());
	}
}
