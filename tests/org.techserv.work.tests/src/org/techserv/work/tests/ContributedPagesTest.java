package org.techserv.work.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.techserv.ui.forms.ContributedEditorPage;
import org.techserv.ui.forms.ContributedPages;
import org.techserv.ui.forms.ContributedPages.Contribution;
import org.techserv.ui.forms.ContributedPages.Reading;

/** Pages contributed to the editors' extension points, as the editors read them. */
class ContributedPagesTest {

	private static final String RECORD_PAGES = "org.techserv.library.ui.recordPages";
	private static final String ORDER_PAGES = "org.techserv.equipment.ui.orderPages";
	private static final String TESTS = "org.techserv.work.tests";

	@Test
	void theInTreePagesAreContributedAndCreated() throws CoreException {
		Contribution history = only(ContributedPages.read(Platform.getExtensionRegistry(), ORDER_PAGES));
		assertEquals("org.techserv.equipment.customerHistory", history.id());
		assertEquals("Customer History", history.name());
		assertEquals("org.techserv.equipment.ui", history.contributor());
		assertTrue(history.create() instanceof ContributedEditorPage);

		Reading records = ContributedPages.read(Platform.getExtensionRegistry(), RECORD_PAGES);
		Contribution marc = records.pages().stream().filter(p -> p.contributor().equals("org.techserv.library.ui"))
				.findFirst().orElseThrow();
		assertEquals("MARC View", marc.name());
		assertTrue(marc.create() instanceof ContributedEditorPage);
	}

	@Test
	void brokenPagesAreLeftOutNamingBundlePageAndReason() {
		Reading reading = ContributedPages.read(Platform.getExtensionRegistry(), RECORD_PAGES);

		assertEquals(List.of("org.techserv.library.marcView", "test.not-a-page"),
				reading.pages().stream().map(Contribution::id).sorted().toList());
		assertEquals(List.of("Editor page org.techserv.library.marcView from " + TESTS
				+ " is left out: another page already has the id org.techserv.library.marcView.",
				"Editor page test.no-class from " + TESTS + " is left out: it has no class.",
				"Editor page test.no-name from " + TESTS + " is left out: it has no name."),
				reading.problems().stream().sorted().toList());
	}

	@Test
	void aClassThatIsNoPageIsRefusedWhenTheEditorCreatesIt() {
		Contribution notAPage = ContributedPages.read(Platform.getExtensionRegistry(), RECORD_PAGES).pages().stream()
				.filter(p -> p.id().equals("test.not-a-page")).findFirst().orElseThrow();

		CoreException refused = assertThrows(CoreException.class, notAPage::create);
		assertEquals("org.techserv.work.tests.TestProviders$NotAProvider is not a "
				+ ContributedEditorPage.class.getName() + ".", refused.getStatus().getMessage());
	}

	private static Contribution only(Reading reading) {
		assertEquals(1, reading.pages().size(), reading.pages().toString());
		return reading.pages().get(0);
	}
}
