package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.techserv.library.labels.CallNumberLines;
import org.techserv.library.labels.ItemLabels;
import org.techserv.library.labels.LabelInput;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.util.RecordValues;

class ItemLabelsTest {

	@Test
	void anItemWithoutItsOwnCallNumberTakesItsRecords() {
		Item item = RealRecords.item(RealRecords.withControlNumber("80082329"), "31234000000017");

		LabelInput label = ItemLabels.of(item);

		// 050 (LC) comes before 082 (Dewey), as RecordValues.callNumber reads them
		assertEquals("BS1433 .S5 1980", label.callNumber());
		assertEquals("31234000000017", label.barcode());
		assertEquals("Four psalms", label.shortTitle());
		assertEquals("Stacks", label.location());
	}

	@Test
	void theItemsOwnCallNumberWins() {
		Item item = RealRecords.item(RealRecords.withControlNumber("80082329"), "31234000000017");
		item.setCallNumber("REF 223.2 SMI");

		assertEquals("REF 223.2 SMI", ItemLabels.of(item).callNumber());
	}

	@Test
	void aDeweyNumberFromTheRecordLosesItsSegmentationMarks() {
		// the same real record without its LC number: 082 $a is "223/.2077"
		BibliographicRecord record = EcoreUtil.copy(RealRecords.withControlNumber("80082329"));
		record.getDataFields().remove(RecordValues.first(record, "050"));
		assertEquals("223/.2077", RecordValues.first(record, "082").getSubfields().get(0).getValue(), "the field");

		String callNumber = ItemLabels.callNumber(record);

		assertEquals("223.2077", callNumber);
		assertEquals("223.2077", RecordValues.callNumber(record), "as the catalogue lists and searches it");
		assertEquals(List.of("223.2077"), CallNumberLines.split(callNumber).lines());
		assertEquals(List.of("223.20", "77"), CallNumberLines.split(callNumber, 6).lines());
	}

	@Test
	void aDeweyNumberTypedOnACopyLosesItsSegmentationMarksToo() {
		Item item = RealRecords.item(RealRecords.withControlNumber("80082329"), "31234000000017");
		item.setCallNumber("782.1/092 VER");

		assertEquals("782.1092 VER", ItemLabels.of(item).callNumber());
	}

	@Test
	void laterCopiesGetTheirCopyMark() {
		Item second = RealRecords.item(RealRecords.withControlNumber("73209622"), "31234000000025");
		second.setCopyNumber(2);
		Item marked = RealRecords.item(RealRecords.withControlNumber("73209622"), "31234000000033");
		marked.setCopyNumber(3);
		marked.setCallNumber("BS421 .C64 c.3");

		assertEquals("BS421 .C64 c.2", ItemLabels.callNumber(second));
		assertEquals(List.of("BS", "421", ".C64", "c.2"), CallNumberLines.split(ItemLabels.callNumber(second)).lines());
		assertEquals("BS421 .C64 c.3", ItemLabels.callNumber(marked), "marked already");
	}

	@Test
	void shortTitlesStopBeforeTheSubtitleAndAtFortyCharacters() {
		assertEquals("Global feminism", ItemLabels.shortTitle(RealRecords.titled("Global feminism")));
		String longTitle = ItemLabels.shortTitle(RealRecords.withControlNumber("73090924"));
		assertEquals("Computer processing of dynamic images\u2026", longTitle);
		for (BibliographicRecord record : RealRecords.all()) {
			String title = ItemLabels.shortTitle(record);
			assertTrue(title == null || title.length() <= ItemLabels.SHORT_TITLE_LENGTH, title);
		}
	}

	@Test
	void anItemWithoutRecordOrCallNumberHasNone() {
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setBarcode("31234000000041");

		LabelInput label = ItemLabels.of(item);

		assertNull(label.callNumber());
		assertNull(label.shortTitle());
		assertEquals("31234000000041", label.barcode());
		assertEquals(60, ItemLabels.of(RealRecords.itemsWithCallNumbers()).size());
	}
}
