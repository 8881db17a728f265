package org.techserv.library.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.techserv.library.store.internal.IdRanges;

/** The ids an import batch's audit entry names: written compactly, read back exactly. */
class IdRangesTest {

	@Test
	void consecutiveIdsBecomeRangesAndReadBackInOrder() {
		List<Long> ids = List.of(1003L, 1000L, 1001L, 1002L, 2005L, 2007L, 2008L);
		assertEquals(List.of("1000-1003,2005,2007-2008"), IdRanges.format(ids, 4000));
		assertEquals(List.of(1000L, 1001L, 1002L, 1003L, 2005L, 2007L, 2008L), IdRanges.parse("1000-1003,2005,2007-2008"));
		assertEquals(1000L, IdRanges.first("1000-1003,2005"));
	}

	@Test
	void scatteredIdsAreSplitIntoTextsThatFitTheAuditColumn() {
		Random random = new Random(7);
		TreeSet<Long> ids = new TreeSet<>();
		while (ids.size() < 1000) {
			ids.add(1000L + random.nextInt(1_000_000));
		}
		List<String> texts = IdRanges.format(new ArrayList<>(ids), 400);
		assertTrue(texts.size() > 1, "1000 scattered ids do not fit 400 characters");
		List<Long> back = new ArrayList<>();
		for (String text : texts) {
			assertTrue(text.length() <= 400, text);
			assertEquals(IdRanges.parse(text).get(0), IdRanges.first(text));
			back.addAll(IdRanges.parse(text));
		}
		assertEquals(new ArrayList<>(ids), back);
	}
}
